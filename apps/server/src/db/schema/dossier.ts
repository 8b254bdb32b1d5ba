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
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { field, procedureVersion } from './catalog.ts';
import { center } from './center.ts';
import { appUser } from './user.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A dossier (hồ sơ, DESIGN §6). The columns are what lists, reports and look-ups filter on; `state`
 * is the core's whole DossierState. `version` guards every transition (stale → 409).
 */
export const dossier = pgTable(
  'dossier',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The competent agency's center: where the dossier is worked on and counted (DESIGN §13). */
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    /**
     * Where it was received (DESIGN §13 "phi địa giới"): the unit of its code and receipt, where the result is
     * returned, what `?center=` reports on; the one reference that may cross centers (to the reference table).
     */
    receivedCenterId: uuid('received_center_id')
      .notNull()
      .references(() => center.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    code: text('code').notNull(),
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(() => procedureVersion.id),
    procedureCode: text('procedure_code').notNull(),
    /** The procedure's field (lĩnh vực) on the reception day: the report's rows by field. */
    fieldId: uuid('field_id')
      .notNull()
      .references(() => field.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => dossier.id),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    channel: text('channel').notNull(),
    /** The applicant (person or organisation) and the authorised submitter, as recorded (DESIGN §6). */
    applicant: jsonb('applicant').notNull(),
    submitter: jsonb('submitter'),
    /** What reception recorded beside the applicant: result delivery, fee payment, documents, notes. */
    details: jsonb('details').notNull().default({}),
    /** The citizen account that owns an online dossier. */
    ownerId: uuid('owner_id').references(() => appUser.id),
    /** An online dossier's form as the citizen filled it: `{ fields, documents }` (core `OnlineForm`). */
    onlineForm: jsonb('online_form'),
    applicantName: text('applicant_name').notNull(),
    applicantNameFolded: text('applicant_name_folded').notNull(),
    phoneLast4: text('phone_last4'),
    secretHash: text('secret_hash').notNull(),
    submittedAt: at('submitted_at').notNull(),
    receivedAt: at('received_at'),
    dueAt: at('due_at'),
    resolvedAt: at('resolved_at'),
    resolution: text('resolution'),
    returnedAt: at('returned_at'),
    counterId: uuid('counter_id'),
    assigneeId: uuid('assignee_id').references(() => appUser.id),
    state: jsonb('state').notNull(),
    /** What this dossier last added to the statistics (core `statContribution`): the next transition writes the difference. */
    stats: jsonb('stats').notNull().default([]),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    unique('dossier_code_unique').on(t.code),
    index('dossier_inbox_idx').on(t.centerId, t.agencyId, t.status, t.dueAt),
    index('dossier_received_idx').on(t.centerId, t.receivedAt),
    // A branch's own list and the reports by receiving center (DESIGN §13: the queries that cross centers).
    index('dossier_received_center_idx').on(t.receivedCenterId, t.status, t.dueAt),
    index('dossier_parent_idx').on(t.parentId),
    // The open dossiers (in progress, overdue now): few, whatever the table's size (DESIGN §10).
    index('dossier_open_idx')
      .on(t.agencyId, t.dueAt)
      .where(sql`${t.receivedAt} is not null and ${t.resolvedAt} is null`),
    check('dossier_channel_check', sql`${t.channel} in ('direct', 'online', 'post')`),
    // "Hồ sơ của tôi": a citizen's own dossiers newest first, and the counter dossiers of a verified identity (DESIGN §15).
    index('dossier_owner_idx')
      .on(t.ownerId, t.submittedAt)
      .where(sql`${t.ownerId} is not null`),
    index('dossier_applicant_cccd_idx')
      .on(sql`(${t.applicant}->>'cccd')`)
      .where(sql`${t.channel} <> 'online'`),
  ],
);

/**
 * Every change of a dossier (DESIGN §3): who, when, what, from-state, to-state, payload. The control
 * sheet, the timeline, audit and statistics read from here; a trigger rejects UPDATE and DELETE.
 */
export const dossierEvent = pgTable(
  'dossier_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').references(() => appUser.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    payload: jsonb('payload').notNull(),
  },
  (t) => [
    unique('dossier_event_seq_unique').on(t.dossierId, t.seq),
    index('dossier_event_at_idx').on(t.centerId, t.at),
  ],
);

/** Mail and other side effects, written in the transition's transaction and sent after commit (DESIGN §3). */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The center whose mail it is; null for an account's mail (a citizen's code), which is no center's. */
    centerId: uuid('center_id').references(() => center.id),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: at('created_at').notNull(),
    availableAt: at('available_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    sentAt: at('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [
    unique('outbox_dedupe_unique').on(t.dedupeKey),
    index('outbox_pending_idx')
      .on(t.availableAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

/** A command's first answer, kept so that a repeat with the same key returns it and writes nothing (DESIGN §3). */
export const idempotencyKey = pgTable(
  'idempotency_key',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * The 4-digit sequence of dossier codes per receiving unit's identifier per UTC+7 day (DESIGN §6, §13): the
 * agency's identifier at the province center, a branch's own; one row per identifier-day, never reused.
 */
export const dossierSequence = pgTable(
  'dossier_sequence',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

/** A desk of a center serving some fields (DESIGN §2); what an officer receives there records it. */
export const counter = pgTable(
  'counter',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    agencyId: uuid('agency_id').references(() => agency.id),
    fieldCodes: text('field_codes').array().notNull(),
    /** A counter is closed, never deleted (dossiers and ratings name it): its period, `effective_to` null = open. */
    effectiveFrom: date('effective_from')
      .notNull()
      .default(sql`current_date`),
    effectiveTo: date('effective_to'),
  },
  // A number is unique among the open counters of a center; a closed counter's number may be reused.
  (t) => [
    uniqueIndex('counter_center_number_open_unique')
      .on(t.centerId, t.number)
      .where(sql`${t.effectiveTo} is null`),
    check('counter_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);

/** An officer signed in at a counter, from `startedAt` until `endedAt`. */
export const counterSession = pgTable(
  'counter_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    counterId: uuid('counter_id')
      .notNull()
      .references(() => counter.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [index('counter_session_user_idx').on(t.userId, t.endedAt)],
);
