import {
  AttachDocumentRequest,
  DocumentInfo,
  MAX_DOCUMENT_BYTES,
  pageOf,
  PageQuery,
  Problem,
  UploadDocumentQuery,
} from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.ts';
import { access } from '../../platform/http/route-access.ts';
import type { DocumentService } from './document-service.ts';

const tags = ['documents'];
const IdParams = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const OFFICERS = ['counter', 'appraiser', 'approver', 'agency_head'] as const;
export const BINARY = 'application/octet-stream';
/** The largest accepted file and room to spare: whether a body is too large for its type is the core's call. */
export const UPLOAD_BODY_LIMIT = MAX_DOCUMENT_BYTES + 64 * 1024;

/** A plugin's uploads: the file as the raw body, scoped to the plugin (the rest of the API takes JSON only). */
export function acceptUploads(app: FastifyInstance): void {
  app.addContentTypeParser(BINARY, { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
}

/** RFC 6266: an ASCII fallback name and the real (Vietnamese) one percent-encoded. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Scanned papers, digitised originals and results (issue 6, DESIGN §6 "Documents"). */
export const documentRoutes =
  (deps: { documents: DocumentService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { documents } = deps;
    acceptUploads(app);

    app.post(
      '/api/v1/documents',
      {
        config: access.ownAgency(...OFFICERS),
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Tải lên tệp (PDF, JPEG, PNG, DOCX, XLSX): thân yêu cầu là nội dung tệp, application/octet-stream',
          consumes: [BINARY],
          querystring: UploadDocumentQuery,
          // 413 too large, 415 not an accepted type or something inside refused, 422 unreadable or a bomb.
          response: { 201: DocumentInfo, ...problems, 413: Problem, 415: Problem, 422: Problem },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('request.unsupported_media_type');
        return reply.code(201).send(await documents.upload(request.body, request.query, request.user!));
      },
    );

    app.get(
      '/api/v1/documents/:id',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: { tags, summary: 'Nội dung tệp, đúng như khi tải lên', params: IdParams },
      },
      async (request, reply) => {
        const file = await documents.open(request.params.id, request.user!, request.id);
        return reply
          .type(file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
      },
    );

    app.post(
      '/api/v1/documents/:id/attach',
      {
        config: access.ownAgency(...OFFICERS),
        schema: {
          tags,
          summary: 'Gắn tệp vào hồ sơ (một lần, không chuyển sang hồ sơ khác)',
          params: IdParams,
          body: AttachDocumentRequest,
          response: { 200: DocumentInfo, ...problems },
        },
      },
      (request) => documents.attach(request.params.id, request.body.dossierId, request.user!),
    );

    app.get(
      '/api/v1/dossiers/:id/documents',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: {
          tags,
          summary: 'Các tệp của hồ sơ',
          params: IdParams,
          querystring: PageQuery,
          response: { 200: pageOf(DocumentInfo), ...problems },
        },
      },
      (request) => documents.listForDossier(request.params.id, request.query, request.user!),
    );
  };
