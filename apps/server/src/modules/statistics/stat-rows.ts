import { formatLocalDate, STAT_MEASURES, statDelta, type StatChange } from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import { statDelta as statDeltaTable } from '../../db/schema/index.ts';

/** Where a dossier's figures are counted: its center, agency and field (DESIGN §8 rows by agency or field). */
export type StatKey = { centerId: string; receivedCenterId: string; agencyId: string; fieldId: string };
export type StatDeltaRow = typeof statDeltaTable.$inferInsert;

/** Rows of `stat_delta` for changes under one key, one per day. */
export function statRowsOf(key: StatKey, changes: readonly StatChange[]): StatDeltaRow[] {
  return changes.map(
    (c) =>
      ({
        ...key,
        day: formatLocalDate(c.day),
        ...Object.fromEntries(STAT_MEASURES.map((m) => [m, c[m]])),
      }) as StatDeltaRow,
  );
}

/**
 * The insert of what a transition changes in the statistics (the new contribution less the one stored
 * with the dossier), inside the transition's transaction: insert-only, so concurrent transitions never
 * wait on a shared counter row. Runs when awaited, or is queued in the command's write batch; null when
 * the contribution did not change.
 */
export function writeStatDelta(
  tx: Executor,
  key: StatKey,
  before: readonly StatChange[],
  after: readonly StatChange[],
) {
  const rows = statRowsOf(key, statDelta(before, after));
  return rows.length > 0 ? tx.insert(statDeltaTable).values(rows) : null;
}
