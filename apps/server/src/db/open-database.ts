import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database, DatabaseHandle } from './database.ts';
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
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server closes (restart, failover, a dropped test database) is replaced on the
  // next query; without a listener its error event would end the process.
  pool.on('error', (error) => console.error(`[motcua] idle database connection lost: ${error.message}`));
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

const RECONNECT_MS = { first: 500, max: 30_000 };
const listenSql = (verb: 'listen' | 'unlisten', channel: string) => `${verb} "${channel.replaceAll('"', '""')}"`;

/**
 * LISTEN holds its session: on a pooled connection the subscription would go back to the pool with it.
 * So one dedicated client listens on every channel of the handle, opened on the first `listen`; when it
 * drops (restart, failover) it reconnects with growing delays and listens again.
 */
function createPgListener(url: string) {
  /** Per channel, each subscriber's payload handler and its optional "listening or not" handler. */
  const channels = new Map<string, Map<(payload: string) => void, ((listening: boolean) => void) | undefined>>();
  const tellListening = (listening: boolean) => {
    for (const subscribers of channels.values())
      for (const onListening of subscribers.values()) onListening?.(listening);
  };
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let closed = false;

  async function connect(): Promise<pg.Client> {
    const candidate = new pg.Client({ connectionString: url });
    candidate.on('notification', (message) => {
      for (const onPayload of channels.get(message.channel)?.keys() ?? []) onPayload(message.payload ?? '');
    });
    // Without an error listener a dropped connection would end the process.
    candidate.on('error', (error) => lost(candidate, error.message));
    candidate.on('end', () => lost(candidate, 'connection ended'));
    try {
      await candidate.connect();
      for (const channel of channels.keys()) await candidate.query(listenSql('listen', channel));
      if (closed) throw new Error('database handle closed');
      return candidate;
    } catch (error) {
      await candidate.end().catch(() => {});
      throw error;
    }
  }

  function ensureClient(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= connect()
      .then((connected) => {
        client = connected;
        failures = 0;
        tellListening(true);
        return connected;
      })
      .catch((error: Error) => {
        failures++;
        scheduleReconnect();
        throw error;
      })
      .finally(() => {
        connecting = null;
      });
    return connecting;
  }

  function lost(which: pg.Client, reason: string) {
    if (which !== client) return;
    client = null;
    tellListening(false);
    console.error(`[motcua] database listener connection lost: ${reason}; reconnecting`);
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closed || retry || channels.size === 0) return;
    const delay = Math.min(RECONNECT_MS.max, RECONNECT_MS.first * 2 ** failures);
    retry = setTimeout(() => {
      retry = undefined;
      if (channels.size === 0) return;
      ensureClient().catch((error: Error) =>
        console.error(`[motcua] database listener cannot reconnect: ${error.message}`),
      );
    }, delay);
    retry.unref();
  }

  return {
    async listen(
      channel: string,
      onPayload: (payload: string) => void,
      onListening?: (listening: boolean) => void,
    ): Promise<() => Promise<void>> {
      if (closed) throw new Error('database handle closed');
      const subscribers = channels.get(channel) ?? new Map();
      const first = subscribers.size === 0;
      subscribers.set(onPayload, onListening);
      channels.set(channel, subscribers);
      try {
        const connected = await ensureClient();
        if (first) await connected.query(listenSql('listen', channel));
      } catch (error) {
        subscribers.delete(onPayload);
        if (subscribers.size === 0) channels.delete(channel);
        throw error;
      }
      return async () => {
        subscribers.delete(onPayload);
        if (subscribers.size > 0 || channels.get(channel) !== subscribers) return;
        channels.delete(channel);
        await client?.query(listenSql('unlisten', channel)).catch(() => {});
      };
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end();
      await connecting?.catch(() => {});
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
