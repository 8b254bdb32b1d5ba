import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

/** Either driver's drizzle instance: code above this line does not know which one it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/**
 * Inside a transaction, every query goes through its `tx`: PGlite has one connection, so a query on the
 * root `db` while a transaction is open waits for it forever (on the server it would merely see other data).
 */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'pg';
  /**
   * Subscribes to a NOTIFY channel (DESIGN §3: live updates go through LISTEN/NOTIFY, not process memory).
   * Resolves once the LISTEN is in place; the answer unsubscribes. On the server one dedicated connection
   * per handle listens and comes back by itself when it drops; notifications sent meanwhile are lost, so
   * `onListening(false)` says when it dropped and `onListening(true)` when it listens again.
   */
  listen: (
    channel: string,
    onPayload: (payload: string) => void,
    onListening?: (listening: boolean) => void,
  ) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};
