import {
  MyDossierCreated,
  MyDossierListQuery,
  MyDossierRequest,
  MyDossierSummary,
  MyDossierView,
  MyDraftUpdate,
  pageOf,
  Problem,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { access } from '../../platform/http/route-access.ts';
import type { MyDossiers } from './my-dossiers.ts';
import type { MyDrafts } from './my-drafts.ts';

const tags = ['my-dossiers'];
const IdParams = z.object({ id: z.uuid() });
const problems = { 401: Problem, 403: Problem, 404: Problem };

/** "Hồ sơ của tôi" (DESIGN §11 portal, §15): the citizen's drafts, submissions and dossiers; theirs only. */
export const myDossierRoutes =
  (deps: { drafts: MyDrafts; mine: MyDossiers }): FastifyPluginAsyncZod =>
  async (app) => {
    const { drafts, mine } = deps;

    app.post(
      '/api/v1/my/dossiers',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Lưu hồ sơ nháp hoặc nộp hồ sơ trực tuyến (cần Idempotency-Key)',
          body: MyDossierRequest,
          response: { 201: MyDossierCreated, 400: Problem, 409: Problem, 422: Problem, ...problems },
        },
      },
      async (request, reply) => {
        const answer = await drafts.create(request.body, request.user!, idempotencyKeyOf(request.headers));
        return reply.code(answer.status).send(answer.body);
      },
    );

    app.get(
      '/api/v1/my/dossiers',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Hồ sơ của tôi, mới nhất trước',
          querystring: MyDossierListQuery,
          response: { 200: pageOf(MyDossierSummary), 400: Problem, ...problems },
        },
      },
      (request) => mine.list(request.query, request.user!),
    );

    app.get(
      '/api/v1/my/dossiers/:id',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Một hồ sơ của tôi: trạng thái, các bước, yêu cầu bổ sung, giấy tờ, kết quả',
          params: IdParams,
          response: { 200: MyDossierView, ...problems },
        },
      },
      (request) => mine.view(request.params.id, request.user!),
    );

    app.put(
      '/api/v1/my/dossiers/:id',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Lưu lại hồ sơ nháp, hoặc nộp hồ sơ nháp (cần Idempotency-Key)',
          params: IdParams,
          body: MyDraftUpdate,
          response: { 200: MyDossierCreated, 400: Problem, 409: Problem, 422: Problem, ...problems },
        },
      },
      async (request, reply) => {
        const key = idempotencyKeyOf(request.headers);
        const answer = await drafts.update(request.params.id, request.body, request.user!, key);
        return reply.code(answer.status).send(answer.body);
      },
    );

    app.delete(
      '/api/v1/my/dossiers/:id',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Xóa hồ sơ nháp',
          params: IdParams,
          response: { 204: z.undefined(), 409: Problem, ...problems },
        },
      },
      async (request, reply) => {
        await drafts.discard(request.params.id, request.user!);
        return reply.code(204).send();
      },
    );
  };
