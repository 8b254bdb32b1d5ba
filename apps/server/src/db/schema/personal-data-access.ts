import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { dossier } from './dossier.ts';
import { appUser } from './user.ts';

/**
 * One view of a dossier's unmasked personal data (JSON, a form, a file) by an officer (Decree 13/2023/NĐ-CP,
 * DESIGN §14): who, when, which dossier, on what ground. Append-only: the database refuses UPDATE and DELETE.
 */
export const personalDataAccess = pgTable(
  'personal_data_access',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    /** The dossier's agency at the time of the view: its head reads the log of its dossiers. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => appUser.id),
    /** own_agency | consultation | director */
    ground: text('ground').notNull(),
    /** What was opened: dossier (JSON), receipt, form, control_sheet, document… */
    view: text('view').notNull(),
    requestId: text('request_id'),
    accessedAt: timestamp('accessed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('personal_data_access_dossier_idx').on(t.dossierId, t.accessedAt),
    index('personal_data_access_agency_idx').on(t.agencyId, t.accessedAt),
    check('personal_data_access_ground_check', sql`${t.ground} in ('own_agency', 'consultation', 'director')`),
  ],
);
