import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { HolidayRule, OfficeHours, YearlyNotice } from '@motcua/core';
import { center } from './center.ts';
import { appUser } from './user.ts';

/**
 * A year's notice of days off and Saturdays worked (DESIGN §5, Labour Code 2019 art. 112(3)). It is
 * national: the same for every center of the province, hence no center_id.
 */
export const yearlyNotice = pgTable(
  'yearly_notice',
  {
    year: integer('year').primaryKey(),
    notice: jsonb('notice').$type<YearlyNotice>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
  },
  (t) => [check('yearly_notice_year_check', sql`${t.year} between 1900 and 2100`)],
);

/**
 * A public holiday rule in force over its own period (DESIGN §5: holiday rules are data the admin edits,
 * audited, applied without a release). The shipped rules are upserted at every start; a rule the admin
 * edited (`updated_by` set) is never overwritten.
 */
export const holidayRule = pgTable('holiday_rule', {
  id: text('id').primaryKey(),
  rule: jsonb('rule').$type<HolidayRule>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id),
});

/**
 * A center's office hours from a date (DESIGN §5, §13); none stored means the default 07:30–11:30, 13:30–17:00.
 * A dossier keeps the hours in force at its receiving center on its reception day, so a change is a new row.
 */
export const centerOfficeHours = pgTable(
  'center_office_hours',
  {
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    effectiveFrom: date('effective_from').notNull(),
    hours: jsonb('hours').$type<OfficeHours>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
  },
  (t) => [primaryKey({ columns: [t.centerId, t.effectiveFrom] })],
);

/**
 * Every change to the calendar, appended (the audit trail of issue 4). Its highest id is also the
 * calendar's revision: a process rebuilds its cached calendar when it sees a newer one.
 */
export const calendarAudit = pgTable(
  'calendar_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').references(() => appUser.id),
    centerId: uuid('center_id').references(() => center.id),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('calendar_audit_at_idx').on(t.at)],
);
