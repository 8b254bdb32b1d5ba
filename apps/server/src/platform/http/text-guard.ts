import { findUnsafeText, UNSAFE_TEXT } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * Issue 15 item 7, at one place for every route: no string with NUL or a lone surrogate gets past validation, whether
 * a core text schema covers it or not (a free query, a header a service reads, a route without a schema). It is the
 * core's rule (text/safe-text.ts) applied to the parsed input before the route's own schema, so the answer is the
 * usual 400 `request.validation_failed` with the field's path, in the request's language, and never a database error.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...findUnsafeText(request.params, 'params'),
      ...findUnsafeText(request.query, 'querystring'),
      // The body's fields by their own path, as the route's schema names them (the web shows them on the form).
      ...findUnsafeText(request.body).map((path) => path || 'body'),
      ...findUnsafeText(request.headers, 'headers'),
    ];
    if (paths.length > 0)
      throw new AppError('request.validation_failed', {
        errors: paths.map((path) => ({ path, message: UNSAFE_TEXT })),
      });
  });
}
