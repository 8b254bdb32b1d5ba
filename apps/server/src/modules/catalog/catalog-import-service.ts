import {
  dayOfInstant,
  formatLocalDate,
  type CatalogImportJob,
  type CatalogImportRowError,
  type LocalDate,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createCatalogImportRepo } from './catalog-import-repo.ts';
import { createCatalogRepo } from './catalog-repo.ts';
import { exportFileName, SHEETS } from './excel/catalog-workbook.ts';
import { checkCandidate, locate } from './excel/check-procedure.ts';
import { planFields } from './excel/field-plan.ts';
import { createImportApply, PENDING_FIELD_ID, type ImportRefs, type ImportWrite } from './catalog-import-apply.ts';
import { createCatalogWorkbook } from './excel/export-workbook.ts';
import { importMessage, reasonOf } from './excel/import-messages.ts';
import { planChange, type StoredProcedure } from './excel/import-plan.ts';
import { readCatalogWorkbook, type Candidate } from './excel/read-workbook.ts';
import type { RulesWatch } from '../../platform/notify/rules-watch.ts';

type Actor = { userId: string };
type Log = { error: (context: object, message: string) => void };
type Deps = { db: Database; now: () => Date; provinceCenterId: () => Promise<string>; log: Log; rules?: RulesWatch };
type Outcome = Pick<CatalogImportJob, 'status' | 'errors' | 'summary'>;

/** Procedures read per query when exporting, and checked between two progress reports when importing. */
const EXPORT_PAGE = 200;
const CHECK_CHUNK = 50;

/**
 * The catalog as an Excel workbook (issue 5): export of the versions in force today, and an import
 * that checks every row, then applies all of it in one transaction or nothing. The import runs after
 * the request is answered; its job row in the database tells its progress and outcome.
 */
export function createCatalogImportService(deps: Deps) {
  const { db, now } = deps;
  const catalog = createCatalogRepo(db);
  const jobs = createCatalogImportRepo(db);
  const today = (): LocalDate => formatLocalDate(dayOfInstant(now().getTime()));
  const running = new Set<Promise<void>>();
  const apply = createImportApply(deps);

  async function run(id: string, file: Buffer, centerId: string, actor: Actor): Promise<void> {
    try {
      await jobs.finish(id, await importFile(id, file, centerId, actor), now());
    } catch (error) {
      deps.log.error({ err: error, importId: id }, 'catalog import failed');
      await jobs
        .finish(id, { status: 'failed', errors: [], summary: null }, now())
        .catch((e: unknown) => deps.log.error({ err: e, importId: id }, 'catalog import: failure not recorded'));
    }
  }

  async function importFile(id: string, file: Buffer, centerId: string, actor: Actor): Promise<Outcome> {
    const reading = await readCatalogWorkbook(file);
    const { candidates } = reading;
    await jobs.progress(id, 0, candidates.length);
    const refs = await loadRefs(centerId, reading.codes);
    const errors = [...reading.errors];
    const fields = planFields(reading.fields, refs.agencies, new Map(refs.fields), errors);
    for (const f of fields.create) refs.fields.set(f.code, { ...f, id: PENDING_FIELD_ID });
    const writes: ImportWrite[] = [];
    let unchanged = 0;
    for (let i = 0; i < candidates.length; i += CHECK_CHUNK) {
      const planned = await planChunk(candidates.slice(i, i + CHECK_CHUNK), refs, errors);
      writes.push(...planned.writes);
      unchanged += planned.unchanged;
      await jobs.progress(id, Math.min(i + CHECK_CHUNK, candidates.length), candidates.length);
    }
    if (errors.length > 0) return { status: 'rejected', errors: sorted(errors), summary: null };
    const stale = await apply(writes, fields, centerId, refs, actor);
    if (stale.length > 0)
      return {
        status: 'rejected',
        errors: stale.map((w) => locate(w.candidate.rows, ['code'], importMessage('catalog.import_changed_meanwhile'))),
        summary: null,
      };
    const created = writes.filter((w) => w.change.kind === 'create').length;
    return { status: 'applied', errors: [], summary: { created, revised: writes.length - created, unchanged } };
  }

  // Everything read from the root db before the transaction opens (PGlite has one connection).
  async function loadRefs(centerId: string, fileCodes: string[]): Promise<ImportRefs> {
    const [agencies, fields, inForce] = await Promise.all([
      catalog.agencyRefs(centerId),
      catalog.fieldRefs(centerId),
      catalog.inForceCodes(today()),
    ]);
    return {
      agencies: new Map(agencies.map((a) => [a.slug, a])),
      fields: new Map(fields.map((f) => [f.code, f])),
      procedureCodes: new Set([...inForce, ...fileCodes]),
    };
  }

  async function planChunk(chunk: Candidate[], refs: ImportRefs, errors: CatalogImportRowError[]) {
    const checked = chunk.map((candidate) => ({ candidate, result: checkCandidate(candidate, refs) }));
    const stored = new Map<string, StoredProcedure[]>();
    for (const v of await catalog.versionsOf(checked.filter((c) => c.result.ok).map((c) => c.candidate.code))) {
      stored.set(v.procedure.code, [...(stored.get(v.procedure.code) ?? []), v]);
    }
    const writes: ImportWrite[] = [];
    let unchanged = 0;
    for (const { candidate, result } of checked) {
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      const change = planChange(result.procedure, stored.get(candidate.code) ?? [], today());
      if (change.kind === 'too_early')
        errors.push(locate(candidate.rows, ['effectiveFrom'], reasonOf('catalog.effective_from_too_early')));
      else if (change.kind === 'unchanged') unchanged += 1;
      else writes.push({ candidate, change });
    }
    return { writes, unchanged };
  }

  return {
    /** The catalog in force today, read in pages of `EXPORT_PAGE` procedures. */
    async exportWorkbook(): Promise<{ fileName: string; body: Buffer }> {
      const on = today();
      const workbook = createCatalogWorkbook();
      const centerId = await deps.provinceCenterId();
      const [agencies, fields] = await Promise.all([catalog.agencyRefs(centerId), catalog.fieldRefs(centerId)]);
      const slugOf = new Map(agencies.map((a) => [a.id, a.slug]));
      workbook.addFields(fields.map((f) => ({ code: f.code, name: f.name, agencySlug: slugOf.get(f.agencyId) ?? '' })));
      let after: string | null = null;
      for (;;) {
        const page = await catalog.pageInForce(on, after, EXPORT_PAGE);
        workbook.add(page.map((v) => v.procedure));
        if (page.length < EXPORT_PAGE) break;
        after = page.at(-1)!.procedure.code;
      }
      return { fileName: exportFileName(on), body: await workbook.toBuffer() };
    },

    /** Records the job and answers at once; the import goes on after the answer and never throws. */
    async start(file: Buffer, actor: Actor): Promise<CatalogImportJob> {
      const centerId = await deps.provinceCenterId();
      const job = await jobs.create({ centerId, createdAt: now(), createdBy: actor.userId });
      const work = new Promise<void>((resolve) => setImmediate(resolve)).then(() => run(job.id, file, centerId, actor));
      running.add(work);
      void work.then(() => running.delete(work));
      return job;
    },

    async job(id: string): Promise<CatalogImportJob> {
      const job = await jobs.find(id);
      if (!job) throw new AppError('catalog.import_not_found');
      return job;
    },

    /** Resolves when no import is running (the app waits for it before closing the database). */
    idle: async (): Promise<void> => {
      await Promise.all(running);
    },
  };
}
export type CatalogImportService = ReturnType<typeof createCatalogImportService>;

/** Errors in the order of the workbook: sheet by sheet, row by row. */
function sorted(errors: CatalogImportRowError[]): CatalogImportRowError[] {
  const sheetIndex = (name: string) => SHEETS.findIndex((s) => s.name === name);
  return [...errors].sort((a, b) => sheetIndex(a.sheet) - sheetIndex(b.sheet) || a.row - b.row);
}
