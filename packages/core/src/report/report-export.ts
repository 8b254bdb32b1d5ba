import { z } from 'zod';
import type { Language } from '../problem.ts';
import { LedgerQuery } from './report-api.ts';

type Entry = { status: number; title: Record<Language, string> };

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

/** The export's problem codes, to be merged into `PROBLEMS` of problem.ts (STYLE.md "Errors"). */
export const REPORT_EXPORT_PROBLEMS = {
  'report.export_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy bản xuất báo cáo', en: 'No such report export' },
  },
  'report.export_running': {
    status: 409,
    title: { vi: 'Bản xuất chưa xong, vui lòng chờ', en: 'The export is still running; wait for it' },
  },
  'report.export_failed': {
    status: 409,
    title: {
      vi: 'Bản xuất bị lỗi, không có tệp; vui lòng xuất lại',
      en: 'The export failed and has no file; start it again',
    },
  },
} as const satisfies Record<string, Entry>;
export type ReportExportProblemCode = keyof typeof REPORT_EXPORT_PROBLEMS;
