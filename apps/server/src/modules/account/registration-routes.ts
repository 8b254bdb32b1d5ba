import {
  CodeSent,
  Me,
  PasswordResetConfirm,
  PasswordResetRequest,
  Problem,
  RegisterRequest,
  VerifyRegistrationRequest,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deviceOf, setSessionCookie } from '../../platform/auth/session-cookie.ts';
import { access } from '../../platform/http/route-access.ts';
import type { PasswordResetService } from './password-reset-service.ts';
import type { RegistrationService } from './registration-service.ts';

const tags = ['account'];

/**
 * Registration by e-mail and the password reset (DESIGN §15), public. Each mails a code and answers alike whether the
 * e-mail has an account or not; a repeat sends a new code (a new id): no Idempotency-Key.
 */
export const registrationRoutes =
  (deps: {
    registration: RegistrationService;
    resets: PasswordResetService;
    secureCookie: boolean;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    const { registration, resets, secureCookie } = deps;

    app.post(
      '/api/v1/auth/register',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Đăng ký tài khoản công dân (gửi mã xác minh qua thư)',
          body: RegisterRequest,
          response: { 202: CodeSent, 400: Problem, 429: Problem },
        },
      },
      async (request, reply) => reply.code(202).send(await registration.register(request.body, request.ip)),
    );

    app.post(
      '/api/v1/auth/register/verify',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Xác minh thư điện tử bằng mã và đăng nhập',
          body: VerifyRegistrationRequest,
          response: { 200: Me, 400: Problem },
        },
      },
      async (request, reply) => {
        const session = await registration.verify(request.body, deviceOf(request.headers['user-agent']));
        setSessionCookie(reply, session, secureCookie);
        return session.me;
      },
    );

    app.post(
      '/api/v1/auth/password-reset',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Quên mật khẩu: gửi mã đặt lại qua thư',
          body: PasswordResetRequest,
          response: { 202: CodeSent, 400: Problem, 429: Problem },
        },
      },
      async (request, reply) => reply.code(202).send(await resets.request(request.body, request.ip)),
    );

    app.post(
      '/api/v1/auth/password-reset/confirm',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu bằng mã nhận qua thư',
          body: PasswordResetConfirm,
          response: { 204: z.undefined(), 400: Problem },
        },
      },
      async (request, reply) => {
        await resets.confirm(request.body);
        return reply.code(204).send();
      },
    );
  };
