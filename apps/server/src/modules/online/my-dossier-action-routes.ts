import {
  MyDossierLinkRequest,
  MyDossierSummary,
  MyDossierView,
  MySupplementRequest,
  MyWithdrawRequest,
  Problem,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { access } from '../../platform/http/route-access.ts';
import { contentDisposition } from '../document/document-routes.ts';
import type { MyDossierActions } from './my-dossier-actions.ts';
import type { MyDossiers } from './my-dossiers.ts';

const tags = ['my-dossiers'];
const IdParams = z.object({ id: z.uuid() });
const problems = { 401: Problem, 403: Problem, 404: Problem };
const FORMS = ['receipt.pdf', 'supplement.pdf', 'refusal.pdf', 'apology.pdf', 'stop.pdf'] as const;

/** What the citizen does on a sent dossier and reads of it: supplement, withdraw, link, its documents and forms. */
export const myDossierActionRoutes =
  (deps: { actions: MyDossierActions; mine: MyDossiers }): FastifyPluginAsyncZod =>
  async (app) => {
    const { actions, mine } = deps;

    app.post(
      '/api/v1/my/dossiers/link',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Thêm hồ sơ nộp tại quầy vào "Hồ sơ của tôi" bằng mã hồ sơ và mã tra cứu',
          body: MyDossierLinkRequest,
          response: { 200: MyDossierSummary, 400: Problem, 429: Problem, ...problems },
        },
      },
      (request) => mine.link(request.body, request.user!, request.ip),
    );

    app.post(
      '/api/v1/my/dossiers/:id/supplement',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Bổ sung hồ sơ trực tuyến theo yêu cầu (cần Idempotency-Key)',
          params: IdParams,
          body: MySupplementRequest,
          response: { 200: MyDossierView, 400: Problem, 409: Problem, 422: Problem, ...problems },
        },
      },
      (request) =>
        actions.supplement(request.params.id, request.body, request.user!, idempotencyKeyOf(request.headers)),
    );

    app.post(
      '/api/v1/my/dossiers/:id/withdraw',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Rút hồ sơ trước khi có kết quả phê duyệt (cần Idempotency-Key)',
          params: IdParams,
          body: MyWithdrawRequest,
          response: { 200: MyDossierView, 400: Problem, 409: Problem, 422: Problem, ...problems },
        },
      },
      (request) => actions.withdraw(request.params.id, request.body, request.user!, idempotencyKeyOf(request.headers)),
    );

    app.get(
      '/api/v1/my/dossiers/:id/documents/:documentId/content',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Nội dung một giấy tờ của hồ sơ của tôi (cả kết quả)',
          params: IdParams.extend({ documentId: z.uuid() }),
        },
      },
      async (request, reply) => {
        const file = await mine.content(request.params.id, request.params.documentId, request.user!);
        return reply
          .type(file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
      },
    );

    app.get(
      '/api/v1/my/dossiers/:id/forms/:form',
      {
        config: access.ownDossiers(),
        schema: {
          tags,
          summary: 'Phiếu của hồ sơ của tôi: tiếp nhận (01), bổ sung (02), từ chối (03), xin lỗi (04), dừng (05) — PDF',
          params: IdParams.extend({ form: z.enum(FORMS) }),
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const form = request.params.form.replace('.pdf', '') as 'receipt';
        return reply
          .headers({ 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${form}.pdf"` })
          .send(await mine.form(request.params.id, form, request.user!));
      },
    );
  };
