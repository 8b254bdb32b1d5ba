import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';

/** A person who signs in: an officer of one agency at one center, a leader, an admin (DESIGN §1). */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('app_user_center_agency_idx').on(t.centerId, t.agencyId),
    check(
      'app_user_roles_check',
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['citizen','counter','appraiser','approver','agency_head','director','admin']::text[]`,
    ),
  ],
);
