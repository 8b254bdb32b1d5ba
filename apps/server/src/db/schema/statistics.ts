import { bigserial, date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { field } from './catalog.ts';
import { center } from './center.ts';

/** The measures of a day (core `STAT_MEASURES`): flows, and changes of the `open` and `overdue` levels. */
const measures = () => ({
  receivedOnline: integer('received_online').notNull().default(0),
  receivedDirect: integer('received_direct').notNull().default(0),
  resolvedEarly: integer('resolved_early').notNull().default(0),
  resolvedOnTime: integer('resolved_on_time').notNull().default(0),
  resolvedLate: integer('resolved_late').notNull().default(0),
  open: integer('open').notNull().default(0),
  overdue: integer('overdue').notNull().default(0),
});

/** The measures' column names (received_online, …, overdue), in the order of core `STAT_MEASURES`: raw SQL over the statistics lists them from here. */
export const STAT_MEASURE_COLUMNS: readonly string[] = Object.values(measures()).map(
  (column) => (column as unknown as { config: { name: string } }).config.name,
);

/**
 * Statistics as insert-only deltas (DESIGN §8, issue 7 "Scale"): each transition inserts what it changes,
 * in its own transaction, so figures are never stale and no row is hot. The compactor folds them into
 * `stat_day`; a report reads both.
 */
export const statDelta = pgTable('stat_delta', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  // No foreign keys: the keys are the dossier's own (checked there); the hot path skips three look-ups.
  centerId: uuid('center_id').notNull(),
  /** The dossier's receiving center: `?center=` reports on it (DESIGN §13); the competent one is `center_id`. */
  receivedCenterId: uuid('received_center_id').notNull(),
  agencyId: uuid('agency_id').notNull(),
  fieldId: uuid('field_id').notNull(),
  day: date('day').notNull(),
  ...measures(),
});

/** The compacted statistics: one row per center, agency, field and UTC+7 day; written only by the compactor. */
export const statDay = pgTable(
  'stat_day',
  {
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    receivedCenterId: uuid('received_center_id')
      .notNull()
      .references(() => center.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => field.id),
    day: date('day').notNull(),
    ...measures(),
  },
  (t) => [
    primaryKey({ columns: [t.centerId, t.receivedCenterId, t.agencyId, t.fieldId, t.day] }),
    index('stat_day_day_idx').on(t.day),
  ],
);
