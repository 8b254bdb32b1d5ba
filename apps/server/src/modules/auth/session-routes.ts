import { Problem, SessionInfo } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access-guard.ts';
import { access } from '../../platform/http/route-access.ts';
import type { SessionService } from './session-service.ts';

const tags = ['auth'];
const problems = { 401: Problem };

/**
 * Everyone's own sessions (issue 18): the list, signing out everywhere else (a phone left at a friend's), or one.
 * Under `/api/v1/auth/`: reachable while a temporary password waits for its change.
 */
export const sessionRoutes =
  (deps: { sessions: SessionService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { sessions } = deps;
    const current = (cookies: Record<string, string | undefined>) => cookies[SESSION_COOKIE]!;

    app.get(
      '/api/v1/auth/sessions',
      {
        config: access.authenticated(),
        schema: { tags, summary: 'Các phiên đăng nhập của tôi', response: { 200: z.array(SessionInfo), ...problems } },
      },
      (request) => sessions.list(request.user!.id, current(request.cookies)),
    );

    app.post(
      '/api/v1/auth/sessions/sign-out-others',
      {
        config: access.authenticated(),
        schema: { tags, summary: 'Đăng xuất mọi phiên khác', response: { 204: z.undefined(), ...problems } },
      },
      async (request, reply) => {
        await sessions.signOutOthers(request.user!.id, current(request.cookies));
        return reply.code(204).send();
      },
    );

    app.delete(
      '/api/v1/auth/sessions/:id',
      {
        config: access.authenticated(),
        schema: {
          tags,
          summary: 'Đăng xuất một phiên',
          params: z.object({ id: z.string().regex(/^[0-9a-f]{20}$/) }),
          response: { 204: z.undefined(), 404: Problem, ...problems },
        },
      },
      async (request, reply) => {
        await sessions.end(request.user!.id, request.params.id);
        return reply.code(204).send();
      },
    );
  };
