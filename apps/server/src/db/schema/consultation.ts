import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { dossier } from './dossier.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A consultation (lấy ý kiến, liên thông, DESIGN §6) as a row, so that the consulted agency finds what it
 * is asked (its inbox) and its own time is counted (DESIGN §7 criterion 2). The dossier's state stays the
 * truth: every transition upserts the rows from it, in its transaction.
 */
export const consultation = pgTable(
  'consultation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    /** 1, 2, … in the order asked on the dossier: how a reply names it. */
    no: integer('no').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    leadAgencyId: uuid('lead_agency_id')
      .notNull()
      .references(() => agency.id),
    question: text('question').notNull(),
    deadline: at('deadline').notNull(),
    openedAt: at('opened_at').notNull(),
    answeredAt: at('answered_at'),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    opinion: text('opinion'),
    agrees: boolean('agrees'),
    /** Closed by the lead after its deadline without an answer. */
    lapsed: boolean('lapsed').notNull().default(false),
    /** early / onTime / late against `deadline` (core `consultationResult`); null while awaited. */
    result: text('result'),
    /** When the dossier left consultation (consolidated, withdrawn, stopped): nothing is awaited after it. */
    closedAt: at('closed_at'),
  },
  (t) => [
    unique('consultation_dossier_no_unique').on(t.dossierId, t.no),
    index('consultation_agency_idx').on(t.agencyId, t.deadline),
    // The awaited ones, soonest deadline first: few, whatever the table's size.
    index('consultation_awaited_idx')
      .on(t.agencyId, t.deadline)
      .where(sql`${t.answeredAt} is null and ${t.closedAt} is null`),
  ],
);
