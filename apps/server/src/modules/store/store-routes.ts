import {
  MyDocument,
  MyDocumentListQuery,
  pageOf,
  Problem,
  StoreMatches,
  StoreMatchesQuery,
  UploadMyDocumentQuery,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.ts';
import { access } from '../../platform/http/route-access.ts';
import { acceptUploads, BINARY, contentDisposition, UPLOAD_BODY_LIMIT } from '../document/document-routes.ts';
import type { StoreService } from './store-service.ts';

const tags = ['store'];
const IdParams = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The citizen's document store (issue 19, DESIGN §15): their own documents only, another's is "not found". */
export const storeRoutes =
  (deps: { store: StoreService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { store } = deps;
    acceptUploads(app);

    app.post(
      '/api/v1/my/documents',
      {
        config: access.ownDossiers(),
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Tải giấy tờ lên kho dữ liệu của tôi: thân yêu cầu là nội dung tệp, application/octet-stream',
          consumes: [BINARY],
          querystring: UploadMyDocumentQuery,
          // 413 too large, 415 not an accepted type or something inside refused, 422 unreadable or a bomb.
          response: { 201: MyDocument, ...problems, 409: Problem, 413: Problem, 415: Problem, 422: Problem },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('request.unsupported_media_type');
        return reply.code(201).send(await store.upload(request.body, request.query, request.user!));
      },
    );

    app.get(
      '/api/v1/my/documents',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Kho dữ liệu của tôi: giấy tờ đã tải lên và kết quả được cấp, mới nhất trước',
          querystring: MyDocumentListQuery,
          response: { 200: pageOf(MyDocument), ...problems },
        },
      },
      (request) => store.list(request.user!, request.query),
    );

    // Before `/:id/content`: a fixed segment, not an id.
    app.get(
      '/api/v1/my/documents/matches',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Giấy tờ trong kho dùng được cho từng thành phần hồ sơ của thủ tục',
          querystring: StoreMatchesQuery,
          response: { 200: StoreMatches, ...problems },
        },
      },
      (request) => store.matches(request.query.procedureCode, request.user!),
    );

    app.get(
      '/api/v1/my/documents/:id/content',
      {
        config: access.ownDossiers(),
        schema: { tags, summary: 'Nội dung giấy tờ trong kho của tôi', params: IdParams },
      },
      async (request, reply) => {
        const file = await store.open(request.params.id, request.user!);
        return reply
          .type(file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
      },
    );

    app.delete(
      '/api/v1/my/documents/:id',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Xóa giấy tờ khỏi kho (hồ sơ đã nộp vẫn giữ bản của mình)',
          params: IdParams,
          response: { 204: z.undefined(), ...problems },
        },
      },
      async (request, reply) => {
        await store.remove(request.params.id, request.user!);
        return reply.code(204).send();
      },
    );
  };
