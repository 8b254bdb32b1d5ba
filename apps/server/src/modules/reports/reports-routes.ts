import {
  LedgerQuery,
  NationalIndexQuery,
  NationalIndexReport,
  periodBounds,
  Problem,
  PublicResolutionQuery,
  ReportExport,
  ReportExportParams,
  ReportExportRequest,
  ResolutionQuery,
  ResolutionReport,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { access } from '../../platform/http/route-access.ts';
import { createLedgerRepo } from './ledger-repo.ts';
import { ledgerFileName, ledgerTitle, ledgerXlsx, XLSX_MIME as XLSX } from './ledger-xlsx.ts';
import { createReportExportService } from './report-export-service.ts';
import { resolutionPdf } from './resolution-pdf.ts';
import { createResolutionService } from './resolution-service.ts';
import { createNationalIndexService } from './national-index-service.ts';
import type { SatisfactionOf } from '../rating/rating-repo.ts';
import { resolutionXlsx } from './resolution-xlsx.ts';

const PAGE = 500;
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const reportsRoutes =
  (deps: {
    db: Database;
    now: () => Date;
    centerName: () => Promise<string>;
    satisfaction: SatisfactionOf;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    const ledger = createLedgerRepo(deps.db);
    const resolution = createResolutionService(deps);
    const nationalIndex = createNationalIndexService({ db: deps.db, resolution, satisfaction: deps.satisfaction });
    const exports = createReportExportService({ db: deps.db, now: deps.now, log: app.log });
    // Closing the app waits for a running export rather than pulling the database from under it.
    app.addHook('onClose', () => exports.idle());
    const fileName = (q: ResolutionQuery, ext: string) =>
      `bieu-II.06a-${q.by}-${q.from}-${q.to}${q.center ? `-${q.center}` : ''}.${ext}`;

    app.get(
      '/api/v1/reports/resolution',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
          summary: 'Biểu II.06a: tình hình, kết quả giải quyết TTHC của kỳ [from, to], theo cơ quan hoặc lĩnh vực',
          description:
            'Không có `center`: toàn tỉnh. `rollup=1`: số liệu của cơ quan đã hợp nhất năm 2025 tính vào cơ quan kế thừa.',
          querystring: ResolutionQuery,
          response: { 200: ResolutionReport },
        },
      },
      async (request) => resolution.report(request.query),
    );

    app.get(
      '/api/v1/public/resolution',
      {
        config: access.public(),
        schema: {
          tags: ['reports'],
          summary: 'Số liệu giải quyết TTHC của từng cơ quan, công khai cho người dân (toàn tỉnh)',
          querystring: PublicResolutionQuery,
          response: { 200: ResolutionReport },
        },
      },
      async (request) => resolution.report({ from: request.query.from, to: request.query.to, by: 'agency' }),
    );

    app.get(
      '/api/v1/reports/national-index',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
          summary:
            'Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg): điểm từng nhóm, chỉ số thành phần, công thức và số liệu đầu vào',
          querystring: NationalIndexQuery,
          response: { 200: NationalIndexReport },
        },
      },
      async (request) => nationalIndex.index(request.query),
    );

    app.get(
      '/api/v1/reports/resolution.xlsx',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
          summary: 'Biểu II.06a (Excel), cùng số liệu với /reports/resolution',
          querystring: ResolutionQuery,
        },
      },
      async (request, reply) => {
        const report = await resolution.report(request.query);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${fileName(request.query, 'xlsx')}"`)
          .send(await resolutionXlsx(report));
      },
    );

    app.get(
      '/api/v1/reports/resolution.pdf',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
          summary: 'Biểu II.06a (PDF), cùng số liệu với /reports/resolution',
          querystring: ResolutionQuery,
        },
      },
      async (request, reply) => {
        const report = await resolution.report(request.query);
        const pdf = await resolutionPdf(report, await deps.centerName(), deps.now());
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName(request.query, 'pdf')}"`)
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/reports/ledger.xlsx',
      {
        config: access.all('director'),
        schema: { tags: ['reports'], summary: 'Sổ theo dõi hồ sơ (Excel) của kỳ [from, to]', querystring: LedgerQuery },
      },
      async (request, reply) => {
        const { start, end } = periodBounds(request.query);
        const filter = { from: new Date(start), to: new Date(end), agencySlug: request.query.agency };
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${ledgerFileName(request.query)}"`)
          .send(ledgerXlsx(ledgerTitle(request.query), ledger.pages(filter, PAGE)));
      },
    );

    app.post(
      '/api/v1/reports/exports',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
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
          .send(await exports.start(request.body, { userId: request.user!.id, centerId: request.user!.centerId })),
    );

    // Any director may read any export: the ledger is the whole province's, which every director sees.
    app.get(
      '/api/v1/reports/exports/:id',
      {
        config: access.all('director'),
        schema: {
          tags: ['reports'],
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
          tags: ['reports'],
          summary: 'Tệp Excel của một lần xuất đã xong (409 khi chưa xong hoặc bị lỗi)',
          params: ReportExportParams,
          produces: [XLSX],
        },
      },
      async (request, reply) => {
        const { fileName, body } = await exports.file(request.params.id);
        return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
      },
    );
  };
