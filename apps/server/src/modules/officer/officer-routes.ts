import {
  CreateOfficerRequest,
  Officer,
  OfficerCredentials,
  OfficerListQuery,
  pageOf,
  Problem,
  ResetPasswordRequest,
  UpdateOfficerRequest,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { OfficerService } from './officer-service.ts';
import type { OfficerStatusService } from './officer-status-service.ts';

const tags = ['officers'];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const params = z.object({ id: z.uuid() });

/**
 * Officers for the province's admin (issue 16, DESIGN §11 org). Commands repeat harmlessly or answer 409, so no
 * Idempotency-Key; a temporary password is in the answer only, once.
 */
export const officerRoutes =
  (deps: { officers: OfficerService; status: OfficerStatusService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { officers, status } = deps;
    const admin = access.all('admin');
    const actor = (request: { user: { id: string } | null }) => ({ id: request.user!.id });

    app.get(
      '/api/v1/users',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Danh sách cán bộ',
          querystring: OfficerListQuery,
          response: { 200: pageOf(Officer), ...problems },
        },
      },
      (request) => officers.list(request.query),
    );

    app.post(
      '/api/v1/users',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Tạo tài khoản cán bộ (mật khẩu tạm thời hiện một lần, hoặc gửi liên kết qua thư)',
          body: CreateOfficerRequest,
          response: { 201: OfficerCredentials, 409: Problem, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await officers.create(request.body, actor(request))),
    );

    app.get(
      '/api/v1/users/:id',
      { config: admin, schema: { tags, summary: 'Một cán bộ', params, response: { 200: Officer, ...problems } } },
      (request) => officers.get(request.params.id),
    );

    app.patch(
      '/api/v1/users/:id',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Sửa thông tin, nơi làm việc và vai trò của cán bộ (áp dụng từ yêu cầu kế tiếp)',
          params,
          body: UpdateOfficerRequest,
          response: { 200: Officer, ...problems },
        },
      },
      (request) => officers.update(request.params.id, request.body, actor(request)),
    );

    app.post(
      '/api/v1/users/:id/deactivate',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Khóa tài khoản (kết thúc mọi phiên đăng nhập ngay)',
          params,
          body: z.object({}).optional(),
          response: { 200: Officer, 409: Problem, ...problems },
        },
      },
      (request) => status.deactivate(request.params.id, actor(request)),
    );

    app.post(
      '/api/v1/users/:id/reactivate',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Mở lại tài khoản',
          params,
          body: z.object({}).optional(),
          response: { 200: Officer, ...problems },
        },
      },
      (request) => status.reactivate(request.params.id, actor(request)),
    );

    app.post(
      '/api/v1/users/:id/password-reset',
      {
        config: admin,
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu (tạm thời hoặc gửi liên kết qua thư)',
          params,
          body: ResetPasswordRequest,
          response: { 200: OfficerCredentials, ...problems },
        },
      },
      (request) => status.resetPassword(request.params.id, request.body, actor(request)),
    );
  };
