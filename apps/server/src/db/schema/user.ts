import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';

/**
 * A person who signs in: an officer of one agency at one center, a leader, an admin (DESIGN §1). Never deleted
 * (events name them): `disabled` is a deactivation, which ends their sessions at once.
 */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only for people above the centers: the first admin of a new province (DESIGN §13). */
    centerId: uuid('center_id').references(() => center.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    /** Where a password-setting link and notices go; optional (not every officer has a work address). */
    email: text('email'),
    disabled: boolean('disabled').notNull().default(false),
    /** A temporary password set by the admin's action: every route but `me` and `auth/*` is refused until it is changed. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** A citizen's e-mail proven by a one-time code (DESIGN §15); only then does it sign in or receive resets. */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** A citizen's account deleted at their request: the row stays (their dossiers name it), emptied and disabled. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('app_user_center_agency_idx').on(t.centerId, t.agencyId),
    // One account per verified e-mail: a registration of someone else's e-mail never verifies, so never takes it.
    uniqueIndex('app_user_verified_email_unique')
      .on(t.email)
      .where(sql`${t.emailVerifiedAt} is not null`),
    check(
      'app_user_roles_check',
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['citizen','counter','appraiser','approver','agency_head','director','center_director','admin']::text[]`,
    ),
  ],
);
