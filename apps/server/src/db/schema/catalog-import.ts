import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CatalogImportJob } from '@motcua/core';
import { center } from './center.ts';
import { appUser } from './user.ts';

/**
 * An Excel import of the catalog (issue 5), kept in the database so that any server process can
 * answer its progress. The import applies in one transaction or not at all.
 */
export const catalogImport = pgTable(
  'catalog_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    status: text('status').$type<CatalogImportJob['status']>().notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    errors: jsonb('errors').$type<CatalogImportJob['errors']>().notNull().default([]),
    summary: jsonb('summary').$type<CatalogImportJob['summary']>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('catalog_import_created_idx').on(t.centerId, t.createdAt)],
);
