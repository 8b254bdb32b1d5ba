import { statContribution, type StatChange, type WorkingClock } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { writeStatDelta } from './stat-rows.ts';
import { createStatisticsRepo } from './statistics-repo.ts';

const BATCH = 1000;

/**
 * Statistics for dossiers stored before they existed (an installation upgraded past migration 0009):
 * received, counted dossiers whose stored contribution is still empty get it, and its delta, in
 * batches; each batch locked so that two processes starting at once never count a dossier twice.
 * A received dossier always contributes its reception, so a filled one is never picked again.
 */
export async function backfillStatistics(
  db: Database,
  clock: WorkingClock,
  progress: (message: string) => void = () => {},
): Promise<number> {
  let done = 0;
  for (;;) {
    const moved = await db.transaction(async (tx) => {
      const repo = createStatisticsRepo(tx);
      await repo.lockBackfill();
      const rows = await repo.uncounted(BATCH);
      for (const row of rows) {
        const stats: StatChange[] = statContribution(clock, row.state);
        await repo.setContribution(row.id, stats);
        await writeStatDelta(
          tx,
          {
            centerId: row.centerId,
            receivedCenterId: row.receivedCenterId,
            agencyId: row.agencyId,
            fieldId: row.fieldId,
          },
          [],
          stats,
        );
      }
      return rows.length;
    });
    done += moved;
    if (moved > 0) progress(`statistics: ${done.toLocaleString('en-US')} earlier dossiers counted`);
    if (moved < BATCH) return done;
  }
}
