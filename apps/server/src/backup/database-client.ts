import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../db/database.ts';

/** The driver's own client under drizzle (`$client`): a backup needs the engine itself, not SQL. */
export function clientOf(db: Database): PGlite | pg.Pool {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite || client instanceof pg.Pool) return client;
  throw new Error('backup: unknown database driver');
}
