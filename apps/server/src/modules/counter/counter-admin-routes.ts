import {
  CloseRequest,
  CounterAdminQuery,
  CounterDetail,
  CreateCounterRequest,
  pageOf,
  Problem,
  UpdateCounterRequest,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CounterAdminService } from './counter-admin-service.ts';

const tags = ['counters'];
const Params = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/**
 * The admin's counters of each center (DESIGN §13). The officers' `GET /api/v1/counters` shows their own center's
 * open counters with who sits there; these routes show any center's, closed ones too, and change them.
 */
export const counterAdminRoutes =
  (deps: { counters: CounterAdminService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { counters } = deps;
    const actor = (request: { user?: { id: string } | null }) => ({ userId: request.user!.id });

    app.get(
      '/api/v1/centers/:id/counters',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Các quầy của một trung tâm (kể cả đã đóng nếu cần)',
          params: Params,
          querystring: CounterAdminQuery,
          response: { 200: pageOf(CounterDetail), ...problems },
        },
      },
      (request) => counters.list(request.params.id, request.query),
    );

    app.post(
      '/api/v1/centers/:id/counters',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Thêm quầy',
          params: Params,
          body: CreateCounterRequest,
          response: { 201: CounterDetail, 409: Problem, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await counters.create(request.params.id, request.body, actor(request))),
    );

    app.patch(
      '/api/v1/counters/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Sửa quầy',
          params: Params,
          body: UpdateCounterRequest,
          response: { 200: CounterDetail, 409: Problem, ...problems },
        },
      },
      (request) => counters.update(request.params.id, request.body, actor(request)),
    );

    app.post(
      '/api/v1/counters/:id/close',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Đóng quầy (ngày làm việc cuối cùng)',
          params: Params,
          body: CloseRequest,
          response: { 200: CounterDetail, 409: Problem, ...problems },
        },
      },
      (request) => counters.close(request.params.id, request.body.validTo, actor(request)),
    );
  };
