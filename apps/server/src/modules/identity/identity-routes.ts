import { IdentityProviderInfo, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access-guard.ts';
import { deviceOf, setSessionCookie } from '../../platform/auth/session-cookie.ts';
import { access } from '../../platform/http/route-access.ts';
import { PENDING_TTL_MS, type IdentityService } from './identity-service.ts';

const tags = ['auth'];
/** The state's cookie goes back only to the callback; Lax, since the provider's redirect back is a top-level GET. */
const STATE_COOKIE = 'motcua_identity_state';
const STATE_COOKIE_PATH = '/api/v1/auth/identity';

/** A browser redirect, always to a path of this site or to the configured provider: no body. */
const Redirect = z.undefined().describe('Chuyển hướng (Location)');

const StartQuery = z.object({
  returnTo: z.string().max(500).optional(),
  link: z.enum(['1', 'true']).optional(),
});

/**
 * The national identity log-in (DESIGN §15). Start and callback are browser navigations, so they answer with redirects;
 * the callback never answers with a problem page: the log-in page shows the problem's code (`?loi=`).
 */
export const identityRoutes =
  (deps: { identity: IdentityService; secureCookie: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const { identity, secureCookie } = deps;

    app.get(
      '/api/v1/auth/identity-provider',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Đăng nhập bằng định danh điện tử có được cung cấp',
          response: { 200: IdentityProviderInfo },
        },
      },
      () => identity.info(),
    );

    app.get(
      '/api/v1/auth/identity/start',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Bắt đầu đăng nhập bằng định danh điện tử (chuyển hướng tới nhà cung cấp)',
          querystring: StartQuery,
          response: { 302: Redirect, 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const { url, state } = await identity.start(
          request.query.returnTo,
          request.query.link !== undefined,
          request.cookies[SESSION_COOKIE],
        );
        if (state)
          reply.setCookie(STATE_COOKIE, state, {
            path: STATE_COOKIE_PATH,
            httpOnly: true,
            sameSite: 'lax',
            secure: secureCookie,
            maxAge: PENDING_TTL_MS / 1000,
          });
        return reply.header('cache-control', 'no-store').redirect(url, 302);
      },
    );

    app.get(
      '/api/v1/auth/identity/callback',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Nhà cung cấp định danh trả về (chuyển hướng tới trang đích)',
          response: { 302: Redirect },
        },
      },
      async (request, reply) => {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
        const result = await identity.finish(
          query,
          request.cookies[STATE_COOKIE],
          deviceOf(request.headers['user-agent']),
        );
        reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH }).header('cache-control', 'no-store');
        if (!result.ok) return reply.redirect(`/dang-nhap?loi=${encodeURIComponent(result.code)}`, 302);
        setSessionCookie(reply, result.session, secureCookie);
        return reply.redirect(result.returnTo, 302);
      },
    );
  };
