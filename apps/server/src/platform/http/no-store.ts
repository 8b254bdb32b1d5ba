import type { FastifyInstance } from 'fastify';

/**
 * The public reference data that a browser or a proxy may cache: the catalog, the calendar, the published
 * resolution figures and the API's own documentation. They hold no personal data and are the same for everyone.
 */
export const CACHEABLE_PUBLIC_ROUTES = [
  '/api/v1/procedures',
  '/api/v1/agencies',
  '/api/v1/fields',
  '/api/v1/calendar/',
  '/api/v1/public/',
  '/api/docs',
] as const;

const cacheable = (method: string, route: string | undefined, scope: string | undefined) =>
  (method === 'GET' || method === 'HEAD') &&
  scope === 'public' &&
  route !== undefined &&
  CACHEABLE_PUBLIC_ROUTES.some((prefix) => route.startsWith(prefix));

/**
 * `Cache-Control: no-store` on every API answer except the public reference routes above (DESIGN §14: answers with
 * personal data carry no-store). Deny by default: a new route, a file, a problem or the public look-up (a citizen's
 * dossier) is never cached unless it is added to the list. The web app's own files are not API answers.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    const scope = request.routeOptions.config?.access?.scope;
    if (request.url.startsWith('/api/') && !cacheable(request.method, request.routeOptions.url, scope))
      reply.header('cache-control', 'no-store');
    done();
  });
}
