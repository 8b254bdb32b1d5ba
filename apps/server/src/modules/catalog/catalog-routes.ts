import {
  AgencySlug,
  AgencyWithCount,
  CreateProcedureRequest,
  FieldWithCount,
  Problem,
  ProcedureCode,
  ProcedureDetail,
  ProcedureList,
  ProcedureSearchQuery,
  ProcedureVersionSummary,
  RetireProcedureRequest,
  ReviseProcedureRequest,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CatalogService } from './catalog-service.ts';

const tags = ['catalog'];
const CodeParams = z.object({ code: ProcedureCode });
const VersionParams = CodeParams.extend({ version: z.coerce.number().int().min(1) });
const adminProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const catalogRoutes =
  (deps: { catalog: CatalogService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { catalog } = deps;

    app.get(
      '/api/v1/procedures',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Tìm thủ tục hành chính (không dấu, chấp nhận gõ sai)',
          querystring: ProcedureSearchQuery,
          response: { 200: ProcedureList, 400: Problem },
        },
      },
      (request) => catalog.search(request.query),
    );

    app.get(
      '/api/v1/procedures/:code',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Thủ tục đang áp dụng',
          params: CodeParams,
          response: { 200: ProcedureDetail, 404: Problem },
        },
      },
      (request) => catalog.detail(request.params.code),
    );

    app.get(
      '/api/v1/procedures/:code/checklist.pdf',
      {
        config: access.public(),
        schema: { tags, summary: 'In danh mục hồ sơ (PDF)', params: CodeParams },
      },
      async (request, reply) => {
        const pdf = await catalog.checklistPdf(request.params.code);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="danh-muc-ho-so-${request.params.code}.pdf"`)
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/agencies',
      {
        config: access.public(),
        schema: { tags, summary: 'Cơ quan đang hoạt động và số thủ tục', response: { 200: z.array(AgencyWithCount) } },
      },
      () => catalog.agencies(),
    );

    app.get(
      '/api/v1/fields',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Lĩnh vực và số thủ tục',
          querystring: z.object({ agency: AgencySlug.optional() }),
          response: { 200: z.array(FieldWithCount), 400: Problem },
        },
      },
      (request) => catalog.fields(request.query.agency),
    );

    app.get(
      '/api/v1/procedures/:code/versions',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Lịch sử phiên bản của thủ tục',
          params: CodeParams,
          response: { 200: z.array(ProcedureVersionSummary), ...adminProblems },
        },
      },
      (request) => catalog.versions(request.params.code),
    );

    app.get(
      '/api/v1/procedures/:code/versions/:version',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Một phiên bản của thủ tục',
          params: VersionParams,
          response: { 200: ProcedureDetail, ...adminProblems },
        },
      },
      (request) => catalog.versionDetail(request.params.code, request.params.version),
    );

    app.post(
      '/api/v1/procedures',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Thêm thủ tục',
          body: CreateProcedureRequest,
          response: { 201: ProcedureDetail, ...adminProblems },
        },
      },
      async (request, reply) => reply.code(201).send(await catalog.create(request.body, { userId: request.user!.id })),
    );

    app.put(
      '/api/v1/procedures/:code',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Sửa thủ tục (tạo phiên bản mới)',
          params: CodeParams,
          body: ReviseProcedureRequest,
          response: { 200: ProcedureDetail, ...adminProblems },
        },
      },
      (request) => catalog.revise(request.params.code, request.body, { userId: request.user!.id }),
    );

    app.post(
      '/api/v1/procedures/:code/retire',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Ngừng áp dụng thủ tục',
          params: CodeParams,
          body: RetireProcedureRequest,
          response: { 204: z.undefined(), ...adminProblems },
        },
      },
      async (request, reply) => {
        await catalog.retire(request.params.code, request.body);
        return reply.code(204).send();
      },
    );
  };
