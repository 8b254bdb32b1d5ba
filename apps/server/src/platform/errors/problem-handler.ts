import {
  PROBLEMS,
  PROBLEM_TYPE_PREFIX,
  pickLanguage,
  validationMessage,
  type FieldError,
  type Language,
  type Problem,
  type ProblemCode,
} from '@motcua/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { connectionErrorSummary, isConnectionError, RETRY_AFTER_SECONDS } from '../../db/connection-errors.ts';
import { AppError } from './app-error.ts';
import { translateValidation } from './validation-messages.ts';

export function problemOf(code: ProblemCode, language: Language, extra: Partial<Problem> = {}): Problem {
  const entry = PROBLEMS[code];
  return { type: `${PROBLEM_TYPE_PREFIX}${code}`, status: entry.status, title: entry.title[language], ...extra };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  extra: Partial<Problem> = {},
) {
  const problem = problemOf(code, pickLanguage(request.headers['accept-language']), {
    requestId: request.id,
    ...extra,
  });
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Fastify's own request errors that are the client's fault, by their code. */
const FASTIFY_CLIENT_ERRORS: Record<string, ProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.malformed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed',
  FST_ERR_CTP_INVALID_TYPE: 'request.malformed',
};

/**
 * Errors the router meets before any route or hook runs (Fastify's `frameworkErrors` option): bad percent-encoding
 * (FST_ERR_BAD_URL) and a path parameter longer than `maxParamLength` (FST_ERR_MAX_PARAM_LENGTH, 414 by default).
 * Issue 15 item 7: both are malformed requests, answered 400 problem+json in the request's language like any other.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ code: error.code }, 'framework error');
  return sendProblem(request, reply, 'request.malformed');
}

/**
 * The one error handler (STYLE.md "Errors"): RFC 9457 problem+json with a stable type, title and detail
 * in the request's language, per-field errors for validation, and a generic 500 whose cause is only logged.
 */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = pickLanguage(request.headers['accept-language']);
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.options.headers ?? {})) reply.header(name, value);
      return sendProblem(request, reply, error.code, {
        detail: error.options.detail?.[language],
        errors: error.options.errors?.map((e) => ({
          path: e.path,
          message: validationMessage(e.message, language) ?? e.message,
        })),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = translateValidation(error.validation, error.validationContext, language);
      return sendProblem(request, reply, 'request.validation_failed', { errors });
    }
    if (error.validation) {
      return sendProblem(request, reply, 'request.validation_failed', {
        errors: error.validation.map((v) => ({
          path: v.instancePath.replaceAll('/', '.').replace(/^\./, ''),
          message: v.message ?? '',
        })),
      });
    }
    // Errors thrown by the core with a registered code (e.g. calendar.date_out_of_range).
    if (error.code && error.code in PROBLEMS) return sendProblem(request, reply, error.code as ProblemCode);
    const clientCode =
      (error.code && FASTIFY_CLIENT_ERRORS[error.code]) ||
      (error instanceof SyntaxError ? 'request.malformed' : undefined);
    if (clientCode) return sendProblem(request, reply, clientCode);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return sendProblem(request, reply, 'request.malformed', { status: error.statusCode });
    }
    // The database is restarting or unreachable (DESIGN §14): the client retries; an idempotent command may.
    if (isConnectionError(error)) {
      request.log.warn(`database unavailable: ${connectionErrorSummary(error)}`);
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return sendProblem(request, reply, 'server.unavailable');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'server.internal');
  });
}
