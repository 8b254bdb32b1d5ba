import { statContribution, type DossierState, type StatChange, type WorkingClock } from '@motcua/core';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { dossier } from '../../db/schema/index.ts';
import { writeStatDelta } from './stat-rows.ts';

const BATCH = 1000;
/** A constant key for pg_advisory_xact_lock: processes starting together backfill one batch at a time. */
const LOCK = 0x5747_0002;

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
      await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
      const rows = await tx
        .select({
          id: dossier.id,
          centerId: dossier.centerId,
          agencyId: dossier.agencyId,
          fieldId: dossier.fieldId,
          state: dossier.state,
        })
        .from(dossier)
        .where(and(isNotNull(dossier.receivedAt), isNull(dossier.parentId), sql`${dossier.stats} = '[]'::jsonb`))
        .limit(BATCH);
      for (const row of rows) {
        const stats: StatChange[] = statContribution(clock, row.state as DossierState);
        await tx.update(dossier).set({ stats }).where(eq(dossier.id, row.id));
        await writeStatDelta(tx, { centerId: row.centerId, agencyId: row.agencyId, fieldId: row.fieldId }, [], stats);
      }
      return rows.length;
    });
    done += moved;
    if (moved > 0) progress(`statistics: ${done.toLocaleString('en-US')} earlier dossiers counted`);
    if (moved < BATCH) return done;
  }
}
