import type { Transaction as PgliteClientTransaction } from '@electric-sql/pglite';
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { PgliteTransaction } from 'drizzle-orm/pglite';
import type { Transaction } from '../../db/database.ts';

type Row = Record<string, unknown>;

/** How rows travel to the database: COPY's text for PGlite, one array per column for the server's unnest(). */
export type BulkFormat = 'copy' | 'arrays';

/** Rows of one table ready to send (made where the rows are made: a worker thread may do it). */
export type EncodedRows =
  | { table: string; columns: string[]; format: 'copy'; count: number; text: string }
  | { table: string; columns: string[]; format: 'arrays'; count: number; types: string[]; arrays: (string | null)[][] };

/** The value as PostgreSQL reads it from text: instants in ISO-8601, objects as JSON. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY's text format: backslash, tab, newline and carriage return escaped, NULL as \N. */
function copyField(value: unknown): string {
  const text = textOf(value);
  if (text === null) return '\\N';
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** Drizzle insert objects of `table` (sharing the same keys; defaults apply to the columns left out), encoded. */
export function encodeRows(table: PgTable, rows: readonly Row[], format: BulkFormat): EncodedRows | null {
  if (rows.length === 0) return null;
  const all = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((k) => k in all);
  const columns = keys.map((k) => all[k]!);
  const base = { table: getTableName(table), columns: columns.map((c) => c.name), count: rows.length };
  if (format === 'copy')
    return {
      ...base,
      format,
      text: `${rows.map((row) => keys.map((k) => copyField(row[k])).join('\t')).join('\n')}\n`,
    };
  return {
    ...base,
    format,
    types: columns.map((c) => c.getSQLType()),
    arrays: keys.map((k) => rows.map((row) => textOf(row[k]))),
  };
}

/** The format the transaction's driver takes fastest. */
export const bulkFormatOf = (tx: Transaction): BulkFormat => (is(tx, PgliteTransaction) ? 'copy' : 'arrays');

/**
 * Sends encoded rows in one statement (DESIGN §9: large multi-row inserts or COPY): on PGlite COPY from
 * an in-memory blob, the fastest way in; on the server INSERT … SELECT FROM unnest() with one array
 * parameter per column. Inside the seed's transaction only (PGlite has one connection).
 */
export async function writeEncoded(tx: Transaction, rows: EncodedRows | null): Promise<void> {
  if (!rows) return;
  const list = rows.columns.map((c) => `"${c}"`).join(', ');
  if (rows.format === 'copy') {
    // drizzle has no COPY: the PGlite transaction underneath takes it, with the blob as its input.
    const client = (tx as unknown as { session: { client: PgliteClientTransaction } }).session.client;
    await client.query(`COPY "${rows.table}" (${list}) FROM '/dev/blob'`, [], { blob: new Blob([rows.text]) });
    return;
  }
  const arrays = rows.arrays.map((values, i) => sql`${sql.param(values)}::${sql.raw(rows.types[i]!)}[]`);
  await tx.execute(
    sql`insert into ${sql.raw(`"${rows.table}"`)} (${sql.raw(list)}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

export const bulkInsert = (tx: Transaction, table: PgTable, rows: readonly Row[]) =>
  writeEncoded(tx, encodeRows(table, rows, bulkFormatOf(tx)));
