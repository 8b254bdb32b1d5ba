import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An absent officer's work handed by the agency head to another officer over [starts_at, ends_at)
 * (DESIGN §1). Never deleted: a cancellation ends it early and keeps who cancelled it.
 */
export const delegation = pgTable(
  'delegation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    fromUserId: uuid('from_user_id')
      .notNull()
      .references(() => appUser.id),
    toUserId: uuid('to_user_id')
      .notNull()
      .references(() => appUser.id),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: at('created_at').notNull(),
    cancelledAt: at('cancelled_at'),
    cancelledBy: uuid('cancelled_by').references(() => appUser.id),
  },
  (t) => [
    index('delegation_agency_created_idx').on(t.agencyId, t.createdAt),
    index('delegation_agency_period_idx').on(t.agencyId, t.endsAt, t.startsAt),
    check('delegation_period_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('delegation_not_self_check', sql`${t.fromUserId} <> ${t.toUserId}`),
    check('delegation_cancelled_check', sql`(${t.cancelledAt} is null) = (${t.cancelledBy} is null)`),
  ],
);
