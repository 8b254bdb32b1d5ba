import { LoginRequest, Me, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access-guard.ts';
import { access } from '../../platform/http/route-access.ts';
import { deviceOf, setSessionCookie } from '../../platform/auth/session-cookie.ts';
import type { AuthService } from './auth-service.ts';

export const authRoutes =
  (deps: { auth: AuthService; secureCookie: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const { auth, secureCookie } = deps;
    const tags = ['auth'];

    app.post(
      '/api/v1/auth/login',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Đăng nhập',
          body: LoginRequest,
          response: { 200: Me, 400: Problem, 401: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const session = await auth.login(request.body, request.ip, deviceOf(request.headers['user-agent']));
        setSessionCookie(reply, session, secureCookie);
        return session.me;
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { config: access.public(), schema: { tags, summary: 'Đăng xuất', response: { 204: z.undefined() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await auth.logout(token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/v1/me',
      {
        config: access.authenticated(),
        schema: { tags, summary: 'Người dùng đang đăng nhập', response: { 200: Me, 401: Problem } },
      },
      async (request) => request.user!,
    );
  };
