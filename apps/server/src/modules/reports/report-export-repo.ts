import { and, eq, lt, sql } from 'drizzle-orm';
import type { LedgerQuery, ReportExport, ReportExportKind } from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import { reportExport } from '../../db/schema/index.ts';

const columns = {
  id: reportExport.id,
  kind: reportExport.kind,
  status: reportExport.status,
  done: reportExport.done,
  total: reportExport.total,
  fileName: reportExport.fileName,
  error: reportExport.error,
};
const running = (id: string) => and(eq(reportExport.id, id), eq(reportExport.status, 'running'));
/**
 * The file crosses the driver as base64 text, decoded by PostgreSQL: PGlite converts a bytea parameter
 * or result byte by byte in JavaScript, ten times slower, on the thread that serves every request.
 */
const fileIn = (file: Uint8Array) =>
  sql`decode(${Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64')}, 'base64')`;
const fileOut = sql<string | null>`encode(${reportExport.file}, 'base64')`;

/** Export jobs in the database, so that any server process can answer a job's progress and serve its file (DESIGN §3). */
export function createReportExportRepo(db: Executor) {
  return {
    async create(job: {
      centerId: string;
      kind: ReportExportKind;
      query: LedgerQuery;
      total: number;
      fileName: string;
      createdBy: string;
      createdAt: Date;
    }): Promise<ReportExport> {
      const [row] = await db
        .insert(reportExport)
        .values({ ...job, status: 'running' })
        .returning(columns);
      return row!;
    },

    async find(id: string): Promise<ReportExport | undefined> {
      const [row] = await db.select(columns).from(reportExport).where(eq(reportExport.id, id));
      return row;
    },

    async findFile(id: string): Promise<(ReportExport & { file: Buffer | null }) | undefined> {
      const [row] = await db
        .select({ ...columns, file: fileOut })
        .from(reportExport)
        .where(eq(reportExport.id, id));
      return row && { ...row, file: row.file === null ? null : Buffer.from(row.file, 'base64') };
    },

    async progress(id: string, done: number): Promise<void> {
      await db.update(reportExport).set({ done }).where(running(id));
    },

    /** The file, its final count and the status in one statement: a job is done with its whole file or not at all. */
    async finish(id: string, file: Uint8Array, done: number, finishedAt: Date): Promise<void> {
      await db
        .update(reportExport)
        .set({ status: 'done', file: fileIn(file), done, total: done, finishedAt })
        .where(running(id));
    },

    async fail(id: string, error: string, finishedAt: Date): Promise<void> {
      await db.update(reportExport).set({ status: 'failed', file: null, error, finishedAt }).where(running(id));
    },

    /** Old jobs of a center go, with their files: an export is fetched soon after it is made. */
    async deleteCreatedBefore(centerId: string, before: Date): Promise<void> {
      await db.delete(reportExport).where(and(eq(reportExport.centerId, centerId), lt(reportExport.createdAt, before)));
    },
  };
}
export type ReportExportRepo = ReturnType<typeof createReportExportRepo>;
