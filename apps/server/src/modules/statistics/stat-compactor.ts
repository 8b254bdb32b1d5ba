import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { STAT_MEASURE_COLUMNS } from '../../db/schema/index.ts';

const MEASURES = STAT_MEASURE_COLUMNS;
/** A constant key for pg_advisory_xact_lock: one compactor at a time across processes. */
const LOCK = 0x5747_0001;

/**
 * Folds `stat_delta` into `stat_day` in one statement inside one transaction, so a reader sees the
 * deltas either before or after, never both or neither (figures are never stale). Deltas committed
 * meanwhile are not in the statement's snapshot and wait for the next run. Returns the rows folded.
 */
export async function compactStatistics(db: Database): Promise<number> {
  const sums = MEASURES.map((m) => `sum("${m}")::int`).join(', ');
  const adds = MEASURES.map((m) => `"${m}" = stat_day."${m}" + excluded."${m}"`).join(', ');
  const list = MEASURES.map((m) => `"${m}"`).join(', ');
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
    const result = await tx.execute(
      sql.raw(`with moved as (delete from stat_delta returning *),
        folded as (
          insert into stat_day (center_id, agency_id, field_id, day, ${list})
          select center_id, agency_id, field_id, day, ${sums} from moved group by center_id, agency_id, field_id, day
          on conflict (center_id, agency_id, field_id, day) do update set ${adds}
          returning 1
        )
        select (select count(*) from moved)::int as moved`),
    );
    return resultRows<{ moved: number }>(result)[0]?.moved ?? 0;
  });
}

/** Runs the compactor every `everyMs` (and once at start); errors are logged, the next run retries. */
export function startStatisticsCompactor(
  db: Database,
  everyMs: number,
  log: (message: string) => void,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = compactStatistics(db).catch((error: Error) => log(`statistics compaction failed: ${error.message}`));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
