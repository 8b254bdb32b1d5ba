import type { DossierState, StatChange } from '@motcua/core';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { dossier, STAT_MEASURE_COLUMNS } from '../../db/schema/index.ts';
import type { StatKey } from './stat-rows.ts';

/** Constant keys of pg_advisory_xact_lock, one per job that must not run twice at once across processes. */
const COMPACTION_LOCK = 0x5747_0001;
const BACKFILL_LOCK = 0x5747_0002;

const MEASURES = STAT_MEASURE_COLUMNS;

/** The statistics tables' upkeep (DESIGN §8): folding the deltas into days, counting dossiers stored before them. */
export function createStatisticsRepo(db: Executor) {
  return {
    /** Until the transaction ends: one compactor at a time across processes. */
    async lockCompaction(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${COMPACTION_LOCK})`);
    },

    /**
     * Moves every `stat_delta` row into `stat_day` in one statement, so a reader sees the deltas either
     * before or after, never both or neither. Returns the delta rows folded.
     */
    async foldDeltas(): Promise<number> {
      const sums = MEASURES.map((m) => `sum("${m}")::int`).join(', ');
      const adds = MEASURES.map((m) => `"${m}" = stat_day."${m}" + excluded."${m}"`).join(', ');
      const list = MEASURES.map((m) => `"${m}"`).join(', ');
      const result = await db.execute(
        sql.raw(`with moved as (delete from stat_delta returning *),
          folded as (
            insert into stat_day (center_id, received_center_id, agency_id, field_id, day, ${list})
            select center_id, received_center_id, agency_id, field_id, day, ${sums}
            from moved group by center_id, received_center_id, agency_id, field_id, day
            on conflict (center_id, received_center_id, agency_id, field_id, day) do update set ${adds}
            returning 1
          )
          select (select count(*) from moved)::int as moved`),
      );
      return resultRows<{ moved: number }>(result)[0]?.moved ?? 0;
    },

    /** Until the transaction ends: processes starting together backfill one batch at a time, never a dossier twice. */
    async lockBackfill(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${BACKFILL_LOCK})`);
    },

    /** Up to `limit` received, counted dossiers (no composite's child) whose stored contribution is still empty. */
    async uncounted(limit: number): Promise<(StatKey & { id: string; state: DossierState })[]> {
      const rows = await db
        .select({
          id: dossier.id,
          centerId: dossier.centerId,
          receivedCenterId: dossier.receivedCenterId,
          agencyId: dossier.agencyId,
          fieldId: dossier.fieldId,
          state: dossier.state,
        })
        .from(dossier)
        .where(and(isNotNull(dossier.receivedAt), isNull(dossier.parentId), sql`${dossier.stats} = '[]'::jsonb`))
        .limit(limit);
      return rows.map((r) => ({ ...r, state: r.state as DossierState }));
    },

    /** Stores what a dossier adds to the statistics, as a transition does. */
    async setContribution(dossierId: string, stats: StatChange[]): Promise<void> {
      await db.update(dossier).set({ stats }).where(eq(dossier.id, dossierId));
    },
  };
}
export type StatisticsRepo = ReturnType<typeof createStatisticsRepo>;
