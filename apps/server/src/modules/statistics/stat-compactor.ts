import { connectionErrorSummary } from '../../db/connection-errors.ts';
import type { Database } from '../../db/database.ts';
import { createStatisticsRepo } from './statistics-repo.ts';

/**
 * Folds `stat_delta` into `stat_day` inside one transaction, one compactor at a time (figures are never
 * stale: a reader sees the deltas before or after the fold). Deltas committed meanwhile are not in the
 * fold's snapshot and wait for the next run. Returns the rows folded.
 */
export async function compactStatistics(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = createStatisticsRepo(tx);
    await repo.lockCompaction();
    return repo.foldDeltas();
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
    running = compactStatistics(db).catch((error: unknown) =>
      log(`statistics compaction failed, retried next time: ${connectionErrorSummary(error)}`),
    );
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
