import { ChangePasswordRequest, Problem, SetupPasswordRequest } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access-guard.ts';
import { access } from '../../platform/http/route-access.ts';
import type { PasswordService } from './password-service.ts';

const tags = ['auth'];

/**
 * A user's own password (issue 16). Under `/api/v1/auth/`, so reachable while a temporary password awaits its
 * change (access-guard.ts). A change repeated with the old password answers 400: no Idempotency-Key.
 */
export const passwordRoutes =
  (deps: { passwords: PasswordService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { passwords } = deps;

    app.post(
      '/api/v1/auth/password',
      {
        config: access.authenticated(),
        schema: {
          tags,
          summary: 'Đổi mật khẩu của tôi',
          body: ChangePasswordRequest,
          response: { 204: z.undefined(), 400: Problem, 401: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE]!;
        await passwords.change(request.user!, request.body, token, request.ip);
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/v1/auth/password/setup',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Đặt mật khẩu qua liên kết gửi trong thư',
          body: SetupPasswordRequest,
          response: { 204: z.undefined(), 400: Problem },
        },
      },
      async (request, reply) => {
        await passwords.setup(request.body);
        return reply.code(204).send();
      },
    );
  };
