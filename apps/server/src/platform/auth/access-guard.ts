import { isAllowed, type AccessRule } from '@motcua/core';
import type { SessionUser } from './session-user.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

export const SESSION_COOKIE = 'motcua_session';
export const ACCESS_EXTENSION = 'x-motcua-access';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route and how its data is scoped: every API route declares one (DESIGN §10). */
    access?: AccessRule;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/**
 * API routes must declare an access rule; an undeclared one is refused (fail closed). The OpenAPI
 * document and its UI are public and registered by the swagger plugins, outside our declarations.
 */
export const isGuardedUrl = (url: string | undefined): boolean =>
  !!url && url.startsWith('/api/') && url !== '/api/docs' && !url.startsWith('/api/docs/');

/**
 * Until a temporary password is changed, a session reaches only who it is and the auth routes (DESIGN §11 org):
 * the one who received it on paper or screen is not yet the only one who knows it.
 */
const mayUseBeforeChange = (url: string | undefined): boolean =>
  url === '/api/v1/me' || (!!url && url.startsWith('/api/v1/auth/'));

/**
 * Loads the session's user, then enforces the route's declared rule before any handler runs:
 * 401 when a signed-in user is needed and there is none, 403 when the roles do not fit.
 */
export function registerAccessGuard(
  app: FastifyInstance,
  findSessionUser: (token: string) => Promise<SessionUser | undefined>,
): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    const rule = request.routeOptions.config.access;
    if (!rule && !isGuardedUrl(request.routeOptions.url)) return done();
    if (!rule) return done(new AppError('auth.forbidden'));
    // Public routes need no session look-up: they stay cheap (a callback hook, no promise).
    if (rule.scope === 'public') return done();
    const token = request.cookies[SESSION_COOKIE];
    (token ? findSessionUser(token) : Promise.resolve(undefined)).then(
      (user) => {
        request.user = user ?? null;
        if (user?.mustChangePassword && !mayUseBeforeChange(request.routeOptions.url))
          return done(new AppError('auth.password_change_required'));
        if (isAllowed(rule, request.user)) return done();
        done(new AppError(request.user ? 'auth.forbidden' : 'auth.unauthenticated'));
      },
      (error: Error) => done(error),
    );
  });
}
