import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { resultRows } from '../db/result-rows.ts';

export type TableFingerprint = { rows: number; sha256: string };

/**
 * Every table of the schema as an ordered dump of its rows, hashed (sha256): two databases with equal
 * fingerprints hold the same rows, byte for byte (bytea included, in its text form). Tests and the bench compare them.
 */
export async function fingerprint(db: Database): Promise<Record<string, TableFingerprint>> {
  const tables = resultRows<{ name: string }>(
    await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`),
  );
  const result: Record<string, TableFingerprint> = {};
  for (const { name } of tables) {
    const rows = resultRows<{ row: string }>(
      await db.execute(sql`select t::text as row from ${sql.identifier(name)} t order by 1`),
    );
    const hash = createHash('sha256');
    for (const { row } of rows) hash.update(row).update('\n');
    result[name] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}

/** Each stored document's own sha256, recomputed from its bytes, by the hash it was stored under. */
export async function documentHashes(db: Database): Promise<Record<string, string>> {
  const rows = resultRows<{ key: string; bytes: Uint8Array | string }>(
    await db.execute(sql`select sha256 as key, bytes from document_blob order by 1`),
  );
  return Object.fromEntries(rows.map((r) => [r.key, createHash('sha256').update(r.bytes).digest('hex')]));
}
