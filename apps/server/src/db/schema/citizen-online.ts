import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { center } from './center.ts';
import { documentBlob, dossierDocument } from './document.ts';
import { dossier } from './dossier.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The citizen's document store (kho dữ liệu điện tử của tổ chức, cá nhân: NĐ 45/2020 art. 16, as amended by NĐ 118/2025
 * art. 40; DESIGN §15): what a citizen uploaded and the results issued to them, kept for later submissions so that no
 * document is asked twice. `title` says what the document is (the form field or checklist item it was uploaded for):
 * a later submission offers it for the item of that name. Its content is a blob of `center_id` (the province center
 * for uploads, the issuing center for results); a use in a dossier is a `dossier_document` naming it.
 */
export const citizenDocument = pgTable(
  'citizen_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => appUser.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    sha256: text('sha256').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    source: text('source', { enum: ['upload', 'result'] }).notNull(),
    /** A result: the issued document it keeps (one store entry per result). */
    resultDocumentId: uuid('result_document_id'),
    createdAt: at('created_at').notNull(),
    /** Removed from the store by its owner; dossiers that used it keep their copy. */
    deletedAt: at('deleted_at'),
  },
  (t) => [
    foreignKey({
      columns: [t.centerId, t.sha256],
      foreignColumns: [documentBlob.centerId, documentBlob.sha256],
      name: 'citizen_document_blob_fk',
    }),
    foreignKey({
      columns: [t.resultDocumentId],
      foreignColumns: [dossierDocument.id],
      name: 'citizen_document_result_fk',
    }),
    index('citizen_document_owner_idx').on(t.ownerId, t.createdAt),
    uniqueIndex('citizen_document_result_unique')
      .on(t.ownerId, t.resultDocumentId)
      .where(sql`${t.resultDocumentId} is not null`),
    check('citizen_document_source_check', sql`(${t.source} = 'result') = (${t.resultDocumentId} is not null)`),
  ],
);

/**
 * A counter dossier linked to a citizen's account one by one, by its code and look-up secret (DESIGN §15). Counter
 * dossiers of the citizen's verified identity number join their list without a link; a self-declared number links
 * nothing.
 */
export const citizenDossierLink = pgTable(
  'citizen_dossier_link',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    linkedAt: at('linked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.dossierId] })],
);

/**
 * An online dossier not yet sent (DESIGN §6 `draft`): no code, may be incomplete, seen by its owner alone, never in an
 * agency's list or a report. Submitting it records the dossier under the same id (core `submitOnline`) and deletes the
 * draft in the same transaction; discarding it deletes it.
 */
export const onlineDraft = pgTable(
  'online_draft',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => appUser.id),
    procedureCode: text('procedure_code').notNull(),
    /** `{ fields, documents }` as the citizen left it (core `OnlineForm`). */
    form: jsonb('form').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('online_draft_owner_idx').on(t.ownerId, t.createdAt)],
);
