import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { appUser } from './user.ts';

/** The centers an agency serves at (DESIGN §13): its officers sit there and its procedures are received there. */
export const agencyCenter = pgTable(
  'agency_center',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.centerId] }), index('agency_center_center_idx').on(t.centerId)],
);

/**
 * Every administrative change (DESIGN §13): who, when, what, before and after. Append-only: the database
 * refuses UPDATE, DELETE and TRUNCATE (migration 0021), as for dossier events.
 */
export const adminAudit = pgTable(
  'admin_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').references(() => appUser.id),
    /** `center`, `agency`, `officer`, `counter`, `import`. */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** `created`, `updated`, `closed`, `deactivated`, `password_reset`… */
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('admin_audit_at_idx').on(t.at), index('admin_audit_entity_idx').on(t.entity, t.entityId)],
);

/**
 * How this database was first filled (DESIGN §13: "empty" is this marker, never a count of centers): one row,
 * written in the first start's transaction.
 */
export const seedMarker = pgTable(
  'seed_marker',
  {
    id: smallint('id').primaryKey().default(1),
    kind: text('kind', { enum: ['demo', 'production'] }).notNull(),
    seededAt: timestamp('seeded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('seed_marker_single', sql`${t.id} = 1`),
    check('seed_marker_kind', sql`${t.kind} in ('demo', 'production')`),
  ],
);

/**
 * A one-time link to choose a password, e-mailed to a new officer (or after a reset) instead of a temporary
 * password. Only its sha256 is kept; used once, within its life.
 */
export const passwordToken = pgTable(
  'password_token',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_token_user_idx').on(t.userId)],
);

/** An Excel import of officers (the catalog import's pattern): any process answers its progress; applied whole or not at all. */
export const officerImport = pgTable(
  'officer_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status', { enum: ['running', 'applied', 'rejected', 'failed'] }).notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; column: string | null; reason: string }[]>().notNull().default([]),
    summary: jsonb('summary').$type<Record<string, number>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('officer_import_created_idx').on(t.createdAt)],
);
