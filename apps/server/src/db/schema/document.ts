import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { dossier } from './dossier.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
/** Raw bytes: node-postgres reads a Buffer, PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The content of uploads, stored once per center by its SHA-256 (DESIGN §6 "Documents"): identical
 * uploads share one row. Keyed with `center_id` like every business table, so nothing crosses centers
 * (DESIGN §3). Never updated: a trigger refuses it (migration 0013_documents).
 */
export const documentBlob = pgTable(
  'document_blob',
  {
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    size: integer('size').notNull(),
    /** As found in the content, never as the upload claimed. */
    mediaType: text('media_type').notNull(),
    pages: integer('pages'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.centerId, t.sha256] }),
    check('document_blob_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('document_blob_size_check', sql`${t.size} = octet_length(${t.bytes})`),
  ],
);

/**
 * An upload: which content, under which name and kind, by whom. It may come before its dossier (scanned
 * at the counter during intake) and is attached once; nothing else of it ever changes, a correction is a
 * new upload (a trigger refuses any other update).
 */
export const dossierDocument = pgTable(
  'dossier_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    /** The uploader's agency: who may attach it. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    dossierId: uuid('dossier_id').references(() => dossier.id),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    kind: text('kind').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => appUser.id),
    uploadedAt: at('uploaded_at').notNull(),
    /**
     * Given from the citizen's store (DESIGN §15): the store entry it copies; `agency_id` is then the dossier's agency
     * and `uploaded_by` the citizen. The first reception of a dossier with it is when the document was first checked.
     */
    citizenDocumentId: uuid('citizen_document_id'),
    /** The online form's file field (or checklist item) it was given for. */
    fieldName: text('field_name'),
  },
  (t) => [
    foreignKey({
      columns: [t.centerId, t.sha256],
      foreignColumns: [documentBlob.centerId, documentBlob.sha256],
      name: 'dossier_document_blob_fk',
    }),
    index('dossier_document_dossier_idx').on(t.dossierId, t.uploadedAt),
    check('dossier_document_kind_check', sql`${t.kind} in ('scan', 'digitised_original', 'result')`),
  ],
);
