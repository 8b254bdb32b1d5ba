import type { FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { serializeError } from './logging/log-error.ts';
import { serializeRequest } from './logging/log-request.ts';

/**
 * pino options: request ids, and no personal data or secrets in logs (DESIGN §14). Requests are logged by method,
 * route and id (log-request.ts), errors by class, code and a message without values (log-error.ts); bodies are
 * never logged. The redact paths are the second line: fields that hold credentials or personal data, wherever a
 * caller puts them in a log object.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers',
        'req.query',
        'req.body',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.secret',
        '*.cccd',
        '*.phone',
        '*.email',
        '*.address',
        '*.params',
        '*.parameters',
        '*.query',
        '*.detail',
        '*.body',
      ],
      censor: '[redacted]',
    },
    serializers: { req: serializeRequest, err: serializeError },
  };
}

export const genReqId = (req: { headers: Record<string, unknown> }): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
};
