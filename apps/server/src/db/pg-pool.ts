import pg from 'pg';
import { connectionErrorSummary } from './connection-errors.ts';

/**
 * node-postgres' pool, safe when PostgreSQL goes away (issue 15: a restart under load ended the process).
 * - Every connection listens for `error` from its first connect: the pool listens only while one is idle, and an
 *   `error` event without a listener ends the process (a transaction awaiting its next statement when the server
 *   terminates it, 57P01).
 * - A connection checked out with `connect()` is released by the pool itself once its socket ends: drizzle's
 *   `transaction` sends BEGIN before its try/finally, so a BEGIN cut by a restart never released its connection,
 *   and each such loss shrank the pool for good until every request waited for a connection that never came.
 *   The holder's own later `release()` is then a no-op.
 */
export function createPgPool(url: string, max: number): pg.Pool {
  // A connection that cannot be made in 10 s fails the request (503) instead of holding it while the network is cut;
  // TCP keep-alive finds connections whose peer vanished without a word.
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000, keepAlive: true });
  pool.on('connect', (client) =>
    client.on('error', (error) => console.error(`[motcua] database connection lost: ${connectionErrorSummary(error)}`)),
  );
  pool.on('error', () => {}); // the idle connection's own listener above has logged it
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient> | void;
  // The callback form is pool.query's own, which releases its connection on every path.
  pool.connect = ((callback?: unknown) =>
    callback ? connect(callback) : (connect() as Promise<pg.PoolClient>).then(releasedOnEnd)) as typeof pool.connect;
  return pool;
}

function releasedOnEnd(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const onEnd = () => client.release(new Error('connection ended while checked out'));
  client.release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('end', onEnd);
    release(error);
  };
  client.once('end', onEnd);
  return client;
}
