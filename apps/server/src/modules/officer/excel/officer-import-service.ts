import { PROBLEMS, type OfficerImportJob, type OfficerImportRowError } from '@motcua/core';
import type { Database, Executor } from '../../../db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { appendAudit } from '../../audit/audit-repo.ts';
import { createOfficerRepo } from '../officer-repo.ts';
import type { AdminActor, OfficerService } from '../officer-service.ts';
import type { OfficerStatusService } from '../officer-status-service.ts';
import { checkOfficerRows, type ImportPlan } from './check-officer-rows.ts';
import { createOfficerImportRepo } from './officer-import-repo.ts';
import { officerWorkbook, readOfficerSheet } from './officer-workbook.ts';

type Log = { error: (context: object, message: string) => void };
type Deps = { db: Database; now: () => Date; officers: OfficerService; status: OfficerStatusService; log: Log };
type Outcome = Pick<OfficerImportJob, 'status' | 'errors' | 'summary'>;

/** A row refused while applying (changed since the check): the whole import is rolled back. */
class RowRefused extends Error {
  constructor(readonly error: OfficerImportRowError) {
    super(error.reason);
  }
}

/** Every officer, for the export and the import's comparison (a province has some thousands at most). */
const allOfficers = (db: Executor) =>
  createOfficerRepo(db)
    .list({ status: 'all', page: 1, pageSize: 1_000_000 })
    .then((p) => p.items);

/**
 * The officers as an Excel sheet (issue 16), out and back in, on the catalog import's pattern: the job row tells
 * progress and outcome; every row is checked first; the changes apply in one transaction, or none when a row is bad.
 */
export function createOfficerImportService(deps: Deps) {
  const { db, now, officers, status } = deps;
  const jobs = createOfficerImportRepo(db);
  const running = new Set<Promise<void>>();

  async function importFile(id: string, file: Buffer, actor: AdminActor): Promise<Outcome> {
    const sheet = await readOfficerSheet(file);
    if ('unreadable' in sheet)
      return { status: 'rejected', errors: [{ row: 1, column: null, reason: sheet.unreadable }], summary: null };
    await jobs.progress(id, 0, sheet.rows.length);
    const [places, list, others] = await Promise.all([jobs.places(), allOfficers(db), jobs.otherUsernames()]);
    const plan = checkOfficerRows(sheet.rows, {
      ...places,
      officers: new Map(list.map((o) => [o.username, o])),
      others,
    });
    await jobs.progress(id, sheet.rows.length, sheet.rows.length);
    if (plan.errors.length > 0) return { status: 'rejected', errors: plan.errors, summary: null };
    const summary = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
    try {
      await db.transaction(async (tx) => {
        if (plan.creates.length + plan.updates.length === 0) return;
        await apply(tx, plan, actor);
        // The import as one change beside its officers' own rows: who applied it, with what outcome.
        const change = { entityId: id, action: 'applied', before: null, after: summary };
        await appendAudit(tx, { at: now(), userId: actor.id, entity: 'officer_import', ...change });
      });
    } catch (error) {
      if (error instanceof RowRefused) return { status: 'rejected', errors: [error.error], summary: null };
      throw error;
    }
    return { status: 'applied', errors: [], summary };
  }

  /** Only `tx` inside (PGlite has one connection); a refusal names its row. */
  async function apply(tx: Executor, plan: ImportPlan, actor: AdminActor): Promise<void> {
    const refused = (row: number) => (error: unknown) => {
      if (error instanceof AppError && error.code in PROBLEMS)
        throw new RowRefused({ row, column: null, reason: PROBLEMS[error.code].title.vi });
      throw error;
    };
    for (const { row, request } of plan.creates) {
      const { active, ...create } = request;
      const made = await officers.createIn(tx, { ...create, delivery: 'email' }, actor).catch(refused(row));
      if (!active) await status.setActive(tx, made.id, false, actor).catch(refused(row));
    }
    for (const { row, officer, request } of plan.updates) {
      const { active, username: _u, delivery: _d, ...fields } = request;
      await officers.updateIn(tx, officer.id, fields, actor).catch(refused(row));
      if (active !== officer.active) await status.setActive(tx, officer.id, active, actor).catch(refused(row));
    }
  }

  async function run(id: string, file: Buffer, actor: AdminActor): Promise<void> {
    try {
      await jobs.finish(id, await importFile(id, file, actor), now());
    } catch (error) {
      deps.log.error({ err: error, importId: id }, 'officer import failed');
      await jobs
        .finish(id, { status: 'failed', errors: [], summary: null }, now())
        .catch((e: unknown) => deps.log.error({ err: e, importId: id }, 'officer import: failure not recorded'));
    }
  }

  return {
    exportWorkbook: async () => officerWorkbook(await allOfficers(db)),

    /** Records the job and answers at once; the import goes on after the answer and never throws. */
    async start(file: Buffer, actor: AdminActor): Promise<OfficerImportJob> {
      const job = await jobs.create({ createdAt: now(), createdBy: actor.id });
      const work = new Promise<void>((resolve) => setImmediate(resolve)).then(() => run(job.id, file, actor));
      running.add(work);
      void work.then(() => running.delete(work));
      return job;
    },

    async job(id: string): Promise<OfficerImportJob> {
      const job = await jobs.find(id);
      if (!job) throw new AppError('org.import_not_found');
      return job;
    },

    /** Resolves when no import is running (the app waits for it before closing the database). */
    idle: async (): Promise<void> => {
      await Promise.all(running);
    },
  };
}
export type OfficerImportService = ReturnType<typeof createOfficerImportService>;
