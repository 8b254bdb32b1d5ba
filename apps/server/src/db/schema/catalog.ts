import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ProcedureContent } from '@motcua/core';
import { agency } from './agency.ts';
import { center } from './center.ts';
import { appUser } from './user.ts';

/** A field (lĩnh vực): a group of procedures of one agency (DESIGN §2). */
export const field = pgTable(
  'field',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
  },
  (t) => [unique('field_center_code_unique').on(t.centerId, t.code), index('field_agency_idx').on(t.agencyId)],
);

/**
 * One version of a procedure (DESIGN §4): an edit adds a version, a dossier keeps the one in force on
 * its reception day. Periods are inclusive dates. The columns searched and listed are kept beside the
 * whole content (jsonb): `search_text` is folded by the core (`foldText`), the same on both drivers,
 * and indexed with pg_trgm (DESIGN §12: unaccent() is not IMMUTABLE).
 */
export const procedureVersion = pgTable(
  'procedure_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => field.id),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    searchText: text('search_text').notNull(),
    level: text('level').notNull(),
    onlineLevel: text('online_level').notNull(),
    timeLimitValue: integer('time_limit_value').notNull(),
    timeLimitUnit: text('time_limit_unit').notNull(),
    content: jsonb('content').$type<ProcedureContent>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
  },
  (t) => [
    unique('procedure_version_unique').on(t.centerId, t.code, t.version),
    index('procedure_version_code_idx').on(t.centerId, t.code, t.effectiveFrom),
    index('procedure_version_agency_idx').on(t.agencyId),
    index('procedure_version_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('procedure_version_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    check('procedure_version_unit_check', sql`${t.timeLimitUnit} in ('days', 'hours')`),
    check('procedure_version_online_check', sql`${t.onlineLevel} in ('full', 'partial', 'none')`),
    check('procedure_version_level_check', sql`${t.level} in ('province', 'commune')`),
  ],
);
