import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route is authenticated by a signature over its body (a payment gateway's callback): it is called by another
     * site's server, so it skips the origin check, never its own signature check (DESIGN §14). None exists yet.
     */
    signedCallback?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_ONLY = ['application/json'];
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

/** The media type of a Content-Type header, without its parameters (`application/json; charset=utf-8`). */
export const mediaTypeOf = (header: string | undefined): string => (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Issue 15 item 8, DESIGN §14 "Unsafe methods…". A cross-site form can send a POST without preflight only as
 * `text/plain`, `application/x-www-form-urlencoded` or `multipart/form-data`, so an unsafe method must carry
 * `application/json` (or the file type its route declares in `schema.consumes`), body-less commands included: 415.
 * A browser says where a request comes from (`Origin`, `Sec-Fetch-Site`): when it does, it must be this server's own
 * origin, or the configured public address; a request with neither (the contract checker, integrations) has no
 * cookie a foreign page could ride on and is accepted. Safe methods are not checked: a link from another site opens
 * the app, and reading changes nothing.
 */
export function registerCsrfGuard(app: FastifyInstance, options: { publicUrl?: string }): void {
  const publicOrigin = options.publicUrl ? originOf(options.publicUrl) : undefined;
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || request.is404) return done();
    const allowed = (request.routeOptions.schema?.consumes as string[] | undefined) ?? JSON_ONLY;
    if (!allowed.includes(mediaTypeOf(request.headers['content-type'])))
      return done(
        new AppError('request.unsupported_media_type', {
          detail: { vi: `Cần Content-Type: ${allowed.join(', ')}`, en: `Content-Type must be ${allowed.join(', ')}` },
        }),
      );
    if (request.routeOptions.config.signedCallback || isSameOrigin(request, publicOrigin)) return done();
    done(
      new AppError('auth.forbidden', {
        detail: { vi: 'Yêu cầu gửi từ một trang khác bị từ chối', en: 'A request sent from another site is refused' },
      }),
    );
  });
}

function isSameOrigin(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  // The Host the browser connected to (X-Forwarded-Host only when MOTCUA_TRUST_PROXY names the proxy).
  return isSameOriginRequest({
    secFetchSite: request.headers['sec-fetch-site'],
    origin: request.headers.origin,
    ownOrigin: originOf(`${request.protocol}://${request.host}`),
    publicOrigin,
  });
}

/** Same-origin by the browser's own headers; a request with neither header comes from no browser (DESIGN §14). */
export function isSameOriginRequest(request: {
  secFetchSite: string | string[] | undefined;
  origin: string | undefined;
  ownOrigin: string | undefined;
  publicOrigin: string | undefined;
}): boolean {
  const { secFetchSite, origin } = request;
  if (secFetchSite !== undefined && !(typeof secFetchSite === 'string' && SAME_SITE_FETCH.has(secFetchSite)))
    return false;
  if (origin === undefined) return true;
  const given = originOf(origin);
  return given !== undefined && (given === request.ownOrigin || given === request.publicOrigin);
}

/** A URL's origin, default port left out as browsers write it; `undefined` for `null` or anything unparsable. */
function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
