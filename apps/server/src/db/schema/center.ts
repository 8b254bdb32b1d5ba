import { sql } from 'drizzle-orm';
import { check, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A one-door center (DESIGN §2): province, district (until 2025-06-30) or commune level. */
export const center = pgTable(
  'center',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'district', 'commune'] }).notNull(),
    parentId: uuid('parent_id'),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    /** The street address printed on receipts and shown to citizens (DESIGN §13). */
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('center_level_check', sql`${t.level} in ('province', 'district', 'commune')`),
    check('center_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);
