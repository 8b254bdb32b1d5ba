import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import type { CounterOfSql } from './dossier-deps.ts';

/**
 * The counter the receiving officer sits at now (the counter module's sub-select, run on its own): read
 * before a reception is decided, since a reception at the counter needs one (core `receptionCounter`).
 */
export async function signedInCounter(db: Executor, counterOf: CounterOfSql, userId: string, at: number) {
  const rows = resultRows<{ id: string | null }>(await db.execute(sql`select (${counterOf(db, userId, at)}) as id`));
  return rows[0]?.id ?? null;
}
