import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { center } from './center.ts';

/**
 * A department posting officers at a center (DESIGN §2, §4): it has an effective period and, after a
 * merger, a successor. Its code follows QCVN 102:2016/BTTTT (`000.00.01.A01`).
 */
export const agency = pgTable(
  'agency',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    code: text('code').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    successorId: uuid('successor_id').references((): AnyPgColumn => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('agency_center_code_unique').on(t.centerId, t.code),
    unique('agency_center_slug_unique').on(t.centerId, t.slug),
    index('agency_center_idx').on(t.centerId),
    check('agency_code_check', sql`${t.code} ~ '^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}$'`),
    check('agency_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);
