import { LedgerQuery, periodBounds } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { access } from '../../platform/http/route-access.ts';
import { createLedgerRepo, type LedgerRow } from './ledger-repo.ts';
import { ledgerXlsx } from './ledger-xlsx.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 500;

export const reportsRoutes = (deps: { db: Database }): FastifyPluginAsyncZod =>
  async (app) => {
    const ledger = createLedgerRepo(deps.db);

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
