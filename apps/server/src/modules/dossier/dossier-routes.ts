import {
  DossierListQuery,
  DossierSummary,
  DossierView,
  LookupQuery,
  pageOf,
  Problem,
  PublicLookup,
  ReceiveDossierRequest,
  ReceiveDossierResponse,
  ReissueSecretRequest,
  ReissueSecretResponse,
  TransitionRequest,
  TransitionResponse,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { access } from '../../platform/http/route-access.ts';
import type { DossierDocuments } from './dossier-documents.ts';
import type { ListDossiers } from './list-dossiers.ts';
import type { LookupService } from './lookup-service.ts';
import type { ReceiveDossier } from './receive-dossier.ts';
import type { TransitionDossier } from './transition-dossier.ts';
import type { ViewDossier } from './view-dossier.ts';

const tags = ['dossiers'];
const IdParams = z.object({ id: z.uuid() });
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const OFFICERS = ['counter', 'appraiser', 'approver', 'agency_head'] as const;
const pdf = (name: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': `inline; filename="${name}.pdf"`,
});

/** The dossier use cases, one per route (DESIGN §6), wired in app.ts. */
export type DossierUseCases = {
  receive: ReceiveDossier;
  transition: TransitionDossier;
  list: ListDossiers;
  view: ViewDossier;
};

export const dossierRoutes =
  (deps: { dossiers: DossierUseCases; documents: DossierDocuments; lookup: LookupService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { receive, transition, list, view } = deps.dossiers;
    const { documents, lookup } = deps;

    app.post(
      '/api/v1/dossiers',
      {
        config: access.ownAgency('counter', 'agency_head'),
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ tại quầy (cần Idempotency-Key)',
          body: ReceiveDossierRequest,
          response: { 201: ReceiveDossierResponse, ...problems },
        },
      },
      async (request, reply) => {
        const answer = await receive(request.body, request.user!, idempotencyKeyOf(request.headers));
        return reply.code(answer.status).send(answer.body);
      },
    );

    app.get(
      '/api/v1/dossiers',
      {
        config: access.ownAgency(...OFFICERS, 'center_director'),
        schema: {
          tags,
          summary: 'Hồ sơ của cơ quan (của trung tâm với cán bộ chi nhánh, giám đốc trung tâm), hạn sớm nhất trước',
          querystring: DossierListQuery,
          response: { 200: pageOf(DossierSummary), ...problems },
        },
      },
      (request) => list(request.query, request.user!),
    );

    app.get(
      '/api/v1/dossiers/by-code/:code',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: {
          tags,
          summary: 'Mở hồ sơ theo mã (máy quét QR)',
          params: z.object({ code: z.string().max(300) }),
          response: { 200: DossierView, ...problems },
        },
      },
      (request) => view.byCode(request.params.code, request.user!, request.id),
    );

    app.get(
      '/api/v1/dossiers/:id',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: { tags, summary: 'Hồ sơ', params: IdParams, response: { 200: DossierView, ...problems } },
      },
      (request) => view.byId(request.params.id, request.user!, request.id),
    );

    app.post(
      '/api/v1/dossiers/:id/transitions',
      {
        config: access.ownAgency(...OFFICERS),
        schema: {
          tags,
          summary: 'Chuyển bước xử lý (cần version và Idempotency-Key); `secret` khi tiếp nhận: in trên giấy tiếp nhận',
          params: IdParams,
          body: TransitionRequest,
          response: { 200: TransitionResponse, ...problems },
        },
      },
      (request) => transition(request.params.id, request.body, request.user!, idempotencyKeyOf(request.headers)),
    );

    // A lost receipt's secret is replaced, never shown again: the new one is answered once, the old one stops working.
    app.post(
      '/api/v1/dossiers/:id/secret',
      {
        config: access.ownAgency('counter', 'agency_head'),
        schema: {
          tags,
          summary: 'Cấp lại mã tra cứu (cần version và Idempotency-Key)',
          params: IdParams,
          body: ReissueSecretRequest,
          response: { 200: ReissueSecretResponse, ...problems },
        },
      },
      (request) =>
        transition.reissueSecret(request.params.id, request.body, request.user!, idempotencyKeyOf(request.headers)),
    );

    app.get(
      '/api/v1/dossiers/:id/forms/receipt.pdf',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: {
          tags,
          summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF); `secret` in lại mã tra cứu',
          params: IdParams,
          querystring: z.object({ secret: z.string().max(20).optional() }),
        },
      },
      async (request, reply) =>
        reply
          .headers(pdf('giay-tiep-nhan'))
          .send(await documents.receipt(request.params.id, request.user!, request.query.secret, request.id)),
    );

    app.get(
      '/api/v1/dossiers/:id/forms/control-sheet.pdf',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: { tags, summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (PDF)', params: IdParams },
      },
      async (request, reply) =>
        reply
          .headers(pdf('phieu-kiem-soat'))
          .send(await documents.controlSheet(request.params.id, request.user!, request.id)),
    );

    app.get(
      '/api/v1/dossiers/:id/forms/:form',
      {
        config: access.ownAgency(...OFFICERS, 'director', 'center_director'),
        schema: {
          tags,
          summary: 'Phiếu yêu cầu bổ sung (02), từ chối (03), xin lỗi (04), thông báo dừng (05) — PDF',
          params: IdParams.extend({ form: z.enum(['supplement.pdf', 'refusal.pdf', 'apology.pdf', 'stop.pdf']) }),
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const kind = request.params.form.replace('.pdf', '') as 'supplement' | 'refusal' | 'apology' | 'stop';
        return reply
          .headers(pdf(kind))
          .send(await documents.notice(request.params.id, request.user!, kind, request.id));
      },
    );

    app.get(
      '/api/v1/lookup',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Tra cứu hồ sơ (mã hồ sơ và mã tra cứu, hoặc 4 số cuối điện thoại)',
          querystring: LookupQuery,
          response: { 200: PublicLookup, 400: Problem, 404: Problem, 429: Problem },
        },
      },
      (request) => lookup.lookup(request.query, request.ip),
    );
  };
