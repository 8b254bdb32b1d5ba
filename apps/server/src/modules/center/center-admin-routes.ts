import { CloseRequest, CreateCenterRequest, Problem, PublicCenter, UpdateCenterRequest } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CenterAdminService } from './center-admin-service.ts';

const tags = ['centers'];
const Params = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem };

/**
 * The province's centers (DESIGN §11 org, §13): the list is public (citizens choose where to go; the contract
 * checker reads it); create, edit and close are the admin's. Never a delete: dossiers and events name a center.
 */
export const centerAdminRoutes =
  (deps: { centers: CenterAdminService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { centers } = deps;

    app.get(
      '/api/v1/centers',
      {
        config: access.public(),
        schema: { tags, summary: 'Các trung tâm, kể cả đã đóng', response: { 200: z.array(PublicCenter) } },
      },
      () => centers.list(),
    );

    app.post(
      '/api/v1/centers',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Thêm trung tâm',
          body: CreateCenterRequest,
          response: { 201: PublicCenter, 409: Problem, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await centers.create(request.body, { userId: request.user!.id })),
    );

    app.patch(
      '/api/v1/centers/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Sửa tên, địa chỉ, giờ làm việc của trung tâm',
          params: Params,
          body: UpdateCenterRequest,
          response: { 200: PublicCenter, 404: Problem, ...problems },
        },
      },
      (request) => centers.update(request.params.id, request.body, { userId: request.user!.id }),
    );

    app.post(
      '/api/v1/centers/:id/close',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Đóng trung tâm (ngày làm việc cuối cùng)',
          params: Params,
          body: CloseRequest,
          response: { 200: PublicCenter, 404: Problem, 409: Problem, ...problems },
        },
      },
      (request) => centers.close(request.params.id, request.body.validTo, { userId: request.user!.id }),
    );
  };
