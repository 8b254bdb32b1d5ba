import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { counter, dossier } from './dossier.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A rating of the service (DESIGN §7): per criterion levels and the overall (worst) level, on one
 * channel; linked to the dossier, the agency, and for the counter tablet the officer and the counter.
 * One per dossier per channel; never updated.
 */
export const rating = pgTable(
  'rating',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    dossierId: uuid('dossier_id').references(() => dossier.id),
    officerId: uuid('officer_id').references(() => appUser.id),
    counterId: uuid('counter_id').references(() => counter.id),
    channel: text('channel').notNull(),
    scores: jsonb('scores').notNull(),
    overall: text('overall').notNull(),
    comment: text('comment'),
    ratedAt: at('rated_at').notNull(),
    /** The staff member who entered a paper form or a letter; null for the citizen's own rating. */
    enteredBy: uuid('entered_by').references(() => appUser.id),
    /** The paper form's or the letter's own reference (số phiếu): a form is entered once (DESIGN §7). */
    formReference: text('form_reference'),
  },
  (t) => [
    uniqueIndex('rating_dossier_channel_unique')
      .on(t.dossierId, t.channel)
      .where(sql`${t.dossierId} is not null`),
    index('rating_rated_idx').on(t.ratedAt, t.agencyId),
    uniqueIndex('rating_form_reference_unique')
      .on(t.centerId, t.channel, t.formReference)
      .where(sql`${t.formReference} is not null`),
    check('rating_channel_check', sql`${t.channel} in ('web', 'tablet', 'paper', 'mailbox')`),
    check('rating_overall_check', sql`${t.overall} in ('very_satisfied', 'satisfied', 'unsatisfied')`),
  ],
);
