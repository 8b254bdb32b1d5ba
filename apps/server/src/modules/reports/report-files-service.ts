import type { LedgerQuery, ResolutionQuery } from '@motcua/core';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.ts';
import { createLedgerRepo, ledgerFilterOf } from './ledger-repo.ts';
import { ledgerFileName, ledgerTitle, ledgerXlsx } from './ledger-xlsx.ts';
import { resolutionPdf } from './resolution-pdf.ts';
import type { ReportReader, ResolutionService } from './resolution-service.ts';
import { resolutionXlsx } from './resolution-xlsx.ts';

type Deps = {
  db: Database;
  now: () => Date;
  /** The issuer named at the head of a report, PDF or Excel: the province center. */
  centerName: () => Promise<string>;
  resolution: ResolutionService;
};
type ReportFile<Body> = { fileName: string; body: Body };

/** Ledger rows read per query while the workbook streams out. */
const PAGE = 500;

const resolutionFileName = (q: ResolutionQuery, ext: string) =>
  `bieu-II.06a-${q.by}-${q.from}-${q.to}${q.center ? `-${q.center}` : ''}.${ext}`;

/** The reports as files (DESIGN §11): Biểu II.06a as Excel or PDF, and the ledger streamed as Excel. */
export function createReportFilesService(deps: Deps) {
  const ledger = createLedgerRepo(deps.db);

  return {
    async resolutionXlsx(query: ResolutionQuery, reader: ReportReader): Promise<ReportFile<Buffer>> {
      const report = await deps.resolution.report(query, reader);
      const body = await resolutionXlsx(report, await deps.centerName(), deps.now());
      return { fileName: resolutionFileName(query, 'xlsx'), body };
    },

    async resolutionPdf(query: ResolutionQuery, reader: ReportReader): Promise<ReportFile<Buffer>> {
      const report = await deps.resolution.report(query, reader);
      const body = await resolutionPdf(report, await deps.centerName(), deps.now());
      return { fileName: resolutionFileName(query, 'pdf'), body };
    },

    /** Streamed: a page of rows is read only once the previous one is written, never the whole period at once. */
    ledgerXlsx(query: LedgerQuery): ReportFile<Readable> {
      const body = ledgerXlsx(ledgerTitle(query), ledger.pages(ledgerFilterOf(query), PAGE));
      return { fileName: ledgerFileName(query), body };
    },
  };
}
export type ReportFilesService = ReturnType<typeof createReportFilesService>;
