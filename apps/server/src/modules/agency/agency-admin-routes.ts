import {
  AgencyDetail,
  AgencyListQuery,
  CreateAgencyRequest,
  EndAgencyRequest,
  pageOf,
  Problem,
  UpdateAgencyRequest,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { AgencyAdminService } from './agency-admin-service.ts';

const tags = ['agencies'];
const Params = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem };

/**
 * The admin's agencies (DESIGN §4, §13). The list sits under /admin: the public `GET /api/v1/agencies` of the
 * catalog shows only agencies in force, with their procedure counts, and stays as it is.
 */
export const agencyAdminRoutes =
  (deps: { agencies: AgencyAdminService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { agencies } = deps;

    app.get(
      '/api/v1/admin/agencies',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Các cơ quan (tìm theo tên không dấu; kể cả đã kết thúc nếu cần)',
          querystring: AgencyListQuery,
          response: { 200: pageOf(AgencyDetail), ...problems },
        },
      },
      (request) => agencies.list(request.query),
    );

    app.post(
      '/api/v1/agencies',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Thêm cơ quan',
          body: CreateAgencyRequest,
          response: { 201: AgencyDetail, 409: Problem, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await agencies.create(request.body, { userId: request.user!.id })),
    );

    app.patch(
      '/api/v1/agencies/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Sửa tên cơ quan, các trung tâm cơ quan làm việc',
          params: Params,
          body: UpdateAgencyRequest,
          response: { 200: AgencyDetail, 404: Problem, ...problems },
        },
      },
      (request) => agencies.update(request.params.id, request.body, { userId: request.user!.id }),
    );

    app.post(
      '/api/v1/agencies/:id/end',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Kết thúc hoạt động của cơ quan (sáp nhập: cơ quan kế thừa)',
          params: Params,
          body: EndAgencyRequest,
          response: { 200: AgencyDetail, 404: Problem, 409: Problem, ...problems },
        },
      },
      (request) => agencies.end(request.params.id, request.body, { userId: request.user!.id }),
    );
  };
