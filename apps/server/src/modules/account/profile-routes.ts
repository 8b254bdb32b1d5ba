import { CitizenProfile, DeleteAccountRequest, Problem, UpdateProfileRequest } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access-guard.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ProfileService } from './profile-service.ts';

const tags = ['account'];
const problems = { 401: Problem, 403: Problem };

/** The citizen's own profile and account (issue 18): personal data, theirs only, never cached. */
export const profileRoutes =
  (deps: { profiles: ProfileService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { profiles } = deps;

    app.get(
      '/api/v1/my/profile',
      {
        config: access.ownAccount(),
        schema: { tags, summary: 'Hồ sơ cá nhân của tôi', response: { 200: CitizenProfile, ...problems } },
      },
      (request) => profiles.get(request.user!),
    );

    app.patch(
      '/api/v1/my/profile',
      {
        config: access.ownAccount(),
        schema: {
          tags,
          summary: 'Sửa hồ sơ cá nhân',
          body: UpdateProfileRequest,
          response: { 200: CitizenProfile, 400: Problem, 409: Problem, ...problems },
        },
      },
      (request) => profiles.update(request.user!, request.body),
    );

    // POST, not DELETE: it carries the password that confirms it.
    app.post(
      '/api/v1/my/account/delete',
      {
        config: access.ownAccount(),
        schema: {
          tags,
          summary: 'Xóa tài khoản (hồ sơ đã nộp vẫn được lưu theo quy định)',
          body: DeleteAccountRequest,
          response: { 204: z.undefined(), 400: Problem, 429: Problem, ...problems },
        },
      },
      async (request, reply) => {
        await profiles.delete(request.user!, request.body, request.cookies[SESSION_COOKIE]!, request.ip);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );
  };
