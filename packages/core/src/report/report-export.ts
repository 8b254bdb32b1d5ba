import { z } from 'zod';
import { LedgerQuery } from './report-api.ts';

/** What an export job can produce: for now the ledger (Sổ theo dõi hồ sơ, DESIGN §6). */
export const ReportExportKind = z.enum(['ledger']);
export type ReportExportKind = z.infer<typeof ReportExportKind>;

export const ReportExportStatus = z.enum(['running', 'done', 'failed']);
export type ReportExportStatus = z.infer<typeof ReportExportStatus>;

/** `POST /api/v1/reports/exports`: the ledger's query (validated as `GET /reports/ledger.xlsx`) and its kind. */
export const ReportExportRequest = z.object({ kind: z.literal('ledger') }).and(LedgerQuery);
export type ReportExportRequest = z.infer<typeof ReportExportRequest>;

/** A long export (issue 7): rows written so far out of the rows counted at its start, then its file or its error. */
export const ReportExport = z.object({
  id: z.uuid(),
  kind: ReportExportKind,
  status: ReportExportStatus,
  done: z.int().min(0),
  total: z.int().min(0),
  fileName: z.string(),
  error: z.string().nullable(),
});
export type ReportExport = z.infer<typeof ReportExport>;

export const ReportExportParams = z.object({ id: z.uuid() });
export type ReportExportParams = z.infer<typeof ReportExportParams>;
