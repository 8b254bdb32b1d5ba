import { LedgerQuery, NationalIndexQuery, NationalIndexReport, periodBounds, PublicResolutionQuery, ResolutionQuery, ResolutionReport } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { access } from '../../platform/http/route-access.ts';
import { createLedgerRepo, type LedgerRow } from './ledger-repo.ts';
import { ledgerXlsx } from './ledger-xlsx.ts';
import { resolutionPdf } from './resolution-pdf.ts';
import { createResolutionService } from './resolution-service.ts';
import { createNationalIndexService } from './national-index-service.ts';
import type { SatisfactionOf } from '../rating/rating-repo.ts';
import { resolutionXlsx } from './resolution-xlsx.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 500;

export const reportsRoutes = (deps: { db: Database; now: () => Date; centerName: () => Promise<string>; satisfaction: SatisfactionOf }): FastifyPluginAsyncZod =>
  async (app) => {
    const ledger = createLedgerRepo(deps.db);
    const resolution = createResolutionService(deps);
    const nationalIndex = createNationalIndexService({ db: deps.db, resolution, satisfaction: deps.satisfaction });
    const fileName = (q: ResolutionQuery, ext: string) => `bieu-II.06a-${q.by}-${q.from}-${q.to}${q.center ? `-${q.center}` : ''}.${ext}`;

    app.get('/api/v1/reports/resolution', {
      config: access.all('director'),
      schema: {
        tags: ['reports'],
        summary: 'Biểu II.06a: tình hình, kết quả giải quyết TTHC của kỳ [from, to], theo cơ quan hoặc lĩnh vực',
        description: 'Không có `center`: toàn tỉnh. `rollup=1`: số liệu của cơ quan đã hợp nhất năm 2025 tính vào cơ quan kế thừa.',
        querystring: ResolutionQuery,
        response: { 200: ResolutionReport },
      },
    }, async (request) => resolution.report(request.query));

    app.get('/api/v1/public/resolution', {
      config: access.public(),
      schema: { tags: ['reports'], summary: 'Số liệu giải quyết TTHC của từng cơ quan, công khai cho người dân (toàn tỉnh)', querystring: PublicResolutionQuery, response: { 200: ResolutionReport } },
    }, async (request) => resolution.report({ from: request.query.from, to: request.query.to, by: 'agency' }));

    app.get('/api/v1/reports/national-index', {
      config: access.all('director'),
      schema: {
        tags: ['reports'],
        summary: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg): điểm từng nhóm, chỉ số thành phần, công thức và số liệu đầu vào',
        querystring: NationalIndexQuery,
        response: { 200: NationalIndexReport },
      },
    }, async (request) => nationalIndex.index(request.query));

    app.get('/api/v1/reports/resolution.xlsx', {
      config: access.all('director'),
      schema: { tags: ['reports'], summary: 'Biểu II.06a (Excel), cùng số liệu với /reports/resolution', querystring: ResolutionQuery },
    }, async (request, reply) => {
      const report = await resolution.report(request.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName(request.query, 'xlsx')}"`).send(await resolutionXlsx(report));
    });

    app.get('/api/v1/reports/resolution.pdf', {
      config: access.all('director'),
      schema: { tags: ['reports'], summary: 'Biểu II.06a (PDF), cùng số liệu với /reports/resolution', querystring: ResolutionQuery },
    }, async (request, reply) => {
      const report = await resolution.report(request.query);
      const pdf = await resolutionPdf(report, await deps.centerName(), deps.now());
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName(request.query, 'pdf')}"`).send(pdf);
    });

    app.get('/api/v1/reports/ledger.xlsx', {
      config: access.all('director'),
      schema: { tags: ['reports'], summary: 'Sổ theo dõi hồ sơ (Excel) của kỳ [from, to]', querystring: LedgerQuery },
    }, async (request, reply) => {
      const { start, end } = periodBounds(request.query);
      const filter = { from: new Date(start), to: new Date(end), agencySlug: request.query.agency };
      async function* pages(): AsyncGenerator<LedgerRow[]> {
        let after: LedgerRow | null = null;
        for (;;) {
          const rows = await ledger.page(filter, after, PAGE);
          if (rows.length > 0) yield rows;
          if (rows.length < PAGE) return;
          after = rows[rows.length - 1]!;
        }
      }
      const title = `SỔ THEO DÕI HỒ SƠ — từ ngày ${request.query.from.split('-').reverse().join('/')} đến ngày ${request.query.to.split('-').reverse().join('/')}`;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="so-theo-doi-ho-so-${request.query.from}-${request.query.to}.xlsx"`)
        .send(ledgerXlsx(title, pages()));
    });
  };
