import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { connectionErrorSummary } from './connection-errors.ts';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database, DatabaseHandle } from './database.ts';
import { createPgListener } from './pg-listener.ts';
import * as schema from './schema/index.ts';

const PGLITE_SHARED_BUFFERS = '32MB';

/** Embedded PostgreSQL in a directory (locked), or in memory when `dataDir` is null (tests). */
export async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
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
  // A connection that cannot be made in 10 s fails the request (503) instead of holding it while the network is cut.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // A connection the server closes (restart, failover, a dropped test database) emits `error`; without a listener
  // that event ends the process. The pool listens only while a connection is idle; one checked out (a transaction
  // awaiting its next statement) needs its own listener. Its query fails with the same error, answered 503, and the
  // pool drops the broken connection when it is released and opens a new one on the next query.
  pool.on('connect', (client) =>
    client.on('error', (error) => console.error(`[motcua] database connection lost: ${connectionErrorSummary(error)}`)),
  );
  pool.on('error', () => {}); // the idle connection's own listener above has logged it
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
