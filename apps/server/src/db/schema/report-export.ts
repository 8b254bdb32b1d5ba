import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LedgerQuery, ReportExportKind, ReportExportStatus } from '@motcua/core';
import { center } from './center.ts';
import { appUser } from './user.ts';

/** Raw bytes: node-postgres reads a Buffer, PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A long report export (issue 7), kept in the database so that any server process can answer its
 * progress and serve its file. The file is stored once, when the export is done; a failed one keeps
 * only its error. Rows older than a day are deleted when the next export starts.
 */
export const reportExport = pgTable(
  'report_export',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => center.id),
    kind: text('kind').$type<ReportExportKind>().notNull(),
    query: jsonb('query').$type<LedgerQuery>().notNull(),
    status: text('status').$type<ReportExportStatus>().notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    file: bytea('file'),
    fileName: text('file_name').notNull(),
    error: text('error'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('report_export_created_idx').on(t.centerId, t.createdAt)],
);
