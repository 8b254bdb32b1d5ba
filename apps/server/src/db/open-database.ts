import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { LeaseTiming } from './lock-lease.ts';
import type { Database, DatabaseHandle } from './database.ts';
import { createPgListener } from './pg-listener.ts';
import { createPgPool } from './pg-pool.ts';
import * as schema from './schema/index.ts';

const PGLITE_SHARED_BUFFERS = '32MB';

/** Embedded PostgreSQL in a directory (locked), or in memory when `dataDir` is null (tests). */
export async function openPglite(dataDir: string | null, lease?: LeaseTiming): Promise<DatabaseHandle> {
  const unlock = dataDir ? lockDataDir(dataDir, { timing: lease }) : () => {};
  try {
    // PostgreSQL's default 128 MB of shared buffers live inside the WASM memory and never shrink; files
    // are cached by the operating system anyway. 32 MB keeps the server under 500 MB (DESIGN §10).
    const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
    const client = await PGlite.create({
      dataDir: dataDir ?? undefined,
      extensions: { pg_trgm, unaccent },
      startParams,
    });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      driver: 'pglite',
      // PGlite's own LISTEN: a NOTIFY sent inside a transaction reaches it once that transaction commits.
      listen: async (channel, onPayload) => {
        const unlisten = await client.listen(channel, onPayload);
        return async () => {
          if (!client.closed) await unlisten();
        };
      },
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** A PostgreSQL server; the database is created when it does not exist yet. */
export async function openPg(url: string, options: { max?: number } = {}): Promise<DatabaseHandle> {
  await createDatabaseIfMissing(url);
  const pool = createPgPool(url, options.max ?? 10);
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  const listener = createPgListener(url);
  return {
    db,
    driver: 'pg',
    listen: listener.listen,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}
