import { centerOf } from '../../platform/auth/session-user.ts';
import {
  LedgerQuery,
  NationalIndexQuery,
  NationalIndexReport,
  Problem,
  PublicResolutionQuery,
  ReportExport,
  ReportExportParams,
  ReportExportRequest,
  ResolutionQuery,
  ResolutionReport,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import { XLSX_MIME as XLSX } from './ledger-xlsx.ts';
import type { NationalIndexService } from './national-index-service.ts';
import type { ReportExportService } from './report-export-service.ts';
import type { ReportFilesService } from './report-files-service.ts';
import type { ResolutionService } from './resolution-service.ts';

const tags = ['reports'];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const problems = { ...readProblems, 409: Problem };
const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** Biểu II.06a, the national index and the ledger (DESIGN §8, §11), for the directors; the public figures for all. */
export const reportsRoutes =
  (deps: {
    resolution: ResolutionService;
    nationalIndex: NationalIndexService;
    files: ReportFilesService;
    exports: ReportExportService;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    const { resolution, nationalIndex, files, exports } = deps;

    app.get(
      '/api/v1/reports/resolution',
      {
        config: access.all('director', 'center_director'),
        schema: {
          tags,
          summary: 'Biểu II.06a: tình hình, kết quả giải quyết TTHC của kỳ [from, to], theo cơ quan hoặc lĩnh vực',
          description:
            'Không có `center`: toàn tỉnh. `rollup=1`: số liệu của cơ quan đã hợp nhất năm 2025 tính vào cơ quan kế thừa.',
          querystring: ResolutionQuery,
          response: { 200: ResolutionReport, ...readProblems },
        },
      },
      async (request) => resolution.report(request.query, request.user!),
    );

    app.get(
      '/api/v1/public/resolution',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Số liệu giải quyết TTHC của từng cơ quan, công khai cho người dân (toàn tỉnh)',
          querystring: PublicResolutionQuery,
          response: { 200: ResolutionReport, 400: Problem },
        },
      },
      async (request) => resolution.report({ from: request.query.from, to: request.query.to, by: 'agency' }),
    );

    app.get(
      '/api/v1/reports/national-index',
      {
        config: access.all('director'),
        schema: {
          tags,
          summary:
            'Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg): điểm từng nhóm, chỉ số thành phần, công thức và số liệu đầu vào',
          querystring: NationalIndexQuery,
          response: { 200: NationalIndexReport, ...readProblems },
        },
      },
      async (request) => nationalIndex.index(request.query),
    );

    app.get(
      '/api/v1/reports/resolution.xlsx',
      {
        config: access.all('director', 'center_director'),
        schema: {
          tags,
          summary: 'Biểu II.06a (Excel), cùng số liệu với /reports/resolution',
          querystring: ResolutionQuery,
          produces: [XLSX],
        },
      },
      async (request, reply) => {
        const { fileName, body } = await files.resolutionXlsx(request.query, request.user!);
        return reply.type(XLSX).header('content-disposition', attachment(fileName)).send(body);
      },
    );

    app.get(
      '/api/v1/reports/resolution.pdf',
      {
        config: access.all('director', 'center_director'),
        schema: {
          tags,
          summary: 'Biểu II.06a (PDF), cùng số liệu với /reports/resolution',
          querystring: ResolutionQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const { fileName, body } = await files.resolutionPdf(request.query, request.user!);
        return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(body);
      },
    );

    app.get(
      '/api/v1/reports/ledger.xlsx',
      {
        config: access.all('director'),
        schema: {
          tags,
          summary: 'Sổ theo dõi hồ sơ (Excel) của kỳ [from, to]',
          querystring: LedgerQuery,
          produces: [XLSX],
        },
      },
      async (request, reply) => {
        const { fileName, body } = files.ledgerXlsx(request.query);
        return reply.type(XLSX).header('content-disposition', attachment(fileName)).send(body);
      },
    );

    app.post(
      '/api/v1/reports/exports',
      {
        config: access.all('director'),
        schema: {
          tags,
          summary: 'Xuất Sổ theo dõi hồ sơ của kỳ [from, to] thành tệp Excel ở nền, có tiến độ',
          description:
            'Trả về ngay (202) với số dòng cần ghi (`total`); tệp được ghi sau đó, `done` tăng theo từng trang. Các lần xuất quá một ngày bị xóa khi có lần xuất mới.',
          body: ReportExportRequest,
          response: { 202: ReportExport, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(202)
          .send(await exports.start(request.body, { userId: request.user!.id, centerId: centerOf(request.user!) })),
    );

    // Any director may read any export: the ledger is the whole province's, which every director sees.
    app.get(
      '/api/v1/reports/exports/:id',
      {
        config: access.all('director'),
        schema: {
          tags,
          summary: 'Tiến độ và kết quả một lần xuất báo cáo',
          params: ReportExportParams,
          response: { 200: ReportExport, ...problems },
        },
      },
      (request) => exports.job(request.params.id),
    );

    app.get(
      '/api/v1/reports/exports/:id/file',
      {
        config: access.all('director'),
        schema: {
          tags,
          summary: 'Tệp Excel của một lần xuất đã xong (409 khi chưa xong hoặc bị lỗi)',
          params: ReportExportParams,
          produces: [XLSX],
        },
      },
      async (request, reply) => {
        const { fileName, body } = await exports.file(request.params.id);
        return reply.type(XLSX).header('content-disposition', attachment(fileName)).send(body);
      },
    );
  };
