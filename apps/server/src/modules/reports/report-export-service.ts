import type { LedgerQuery, ReportExport, ReportExportRequest } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { createLedgerRepo, ledgerFilterOf, type LedgerFilter, type LedgerRow } from './ledger-repo.ts';
import { ledgerFileName, ledgerTitle, ledgerXlsxBuffer } from './ledger-xlsx.ts';
import { createReportExportRepo } from './report-export-repo.ts';
import { AppError } from '../../platform/errors/app-error.ts';

type Actor = { userId: string; centerId: string };
type Log = { error: (context: object, message: string) => void };
type Progress = { id: string; done: number; total: number };
type Deps = {
  db: Database;
  now: () => Date;
  log: Log;
  /** Ledger rows read, written and reported per step (tests make it small to see a job of a few rows move). */
  pageSize?: number;
  /** Awaited after each step's progress is recorded (tests look at the job from outside there). */
  afterPage?: (progress: Progress) => Promise<void>;
};

const PAGE = 500;
/** Jobs older than this are deleted, file and all, when the next export of their center starts. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const ERROR_LENGTH = 1000;

/**
 * Long report exports (issue 7): the rows are counted when the job is created, then the file is
 * written after the answer, page by page through the ledger's keyset pages, the job's `done` moving
 * with each page; the file is stored whole at the end, or the job fails with its error and no file.
 */
export function createReportExportService(deps: Deps) {
  const { db, now } = deps;
  const pageSize = deps.pageSize ?? PAGE;
  const jobs = createReportExportRepo(db);
  const ledger = createLedgerRepo(db);
  const running = new Set<Promise<void>>();

  async function run(job: ReportExport, query: LedgerQuery, filter: LedgerFilter): Promise<void> {
    let done = 0;
    async function* counted(): AsyncGenerator<LedgerRow[]> {
      for await (const rows of ledger.pages(filter, pageSize)) {
        yield rows;
        done += rows.length;
        // Its own short transaction, nothing else inside: PGlite's one connection is free between pages.
        await db.transaction((tx) => createReportExportRepo(tx).progress(job.id, done));
        await deps.afterPage?.({ id: job.id, done, total: job.total });
      }
    }
    try {
      const file = await ledgerXlsxBuffer(ledgerTitle(query), counted());
      await jobs.finish(job.id, file, done, now());
    } catch (error) {
      deps.log.error({ err: error, exportId: job.id }, 'report export failed');
      const message = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_LENGTH);
      await jobs
        .fail(job.id, message, now())
        .catch((e: unknown) => deps.log.error({ err: e, exportId: job.id }, 'report export: failure not recorded'));
    }
  }

  return {
    /** Counts the rows, records the job and answers at once; the file is written after the answer and this never throws for it. */
    async start(request: ReportExportRequest, actor: Actor): Promise<ReportExport> {
      const createdAt = now();
      const query: LedgerQuery = {
        from: request.from,
        to: request.to,
        ...(request.agency ? { agency: request.agency } : {}),
      };
      // Dossiers received after the export started are not in it: the count holds until the last page.
      const filter = ledgerFilterOf(query, createdAt.getTime() + 1);
      const total = await ledger.count(filter);
      const job = await db.transaction(async (tx) => {
        const repo = createReportExportRepo(tx);
        await repo.deleteCreatedBefore(actor.centerId, new Date(createdAt.getTime() - KEEP_MS));
        return repo.create({
          centerId: actor.centerId,
          kind: request.kind,
          query,
          total,
          fileName: ledgerFileName(query),
          createdBy: actor.userId,
          createdAt,
        });
      });
      const work = new Promise<void>((resolve) => setImmediate(resolve)).then(() => run(job, query, filter));
      running.add(work);
      void work.then(() => running.delete(work));
      return job;
    },

    async job(id: string): Promise<ReportExport> {
      const job = await jobs.find(id);
      if (!job) throw new AppError('report.export_not_found');
      return job;
    },

    async file(id: string): Promise<{ fileName: string; body: Buffer }> {
      const job = await jobs.findFile(id);
      if (!job) throw new AppError('report.export_not_found');
      if (job.status === 'running') throw new AppError('report.export_running');
      if (!job.file) throw new AppError('report.export_failed');
      return { fileName: job.fileName, body: job.file };
    },

    /** Resolves when no export is running (the app waits for it before closing the database). */
    idle: async (): Promise<void> => {
      await Promise.all(running);
    },
  };
}
export type ReportExportService = ReturnType<typeof createReportExportService>;
