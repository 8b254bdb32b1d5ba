import type { OneTimeCodeState } from '@motcua/core';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { oneTimeCode } from '../../db/schema/index.ts';

export type StoredCode = OneTimeCodeState & {
  id: string;
  purpose: 'register' | 'reset';
  email: string;
  userId: string | null;
  codeHash: string;
  payload: unknown;
};

/** How long a dead code's row is kept (a registration's payload holds personal data): a day past its expiry. */
const KEEP_DEAD_MS = 24 * 60 * 60_000;

/** E-mailed one-time codes (DESIGN §15): rows addressed by their random id; only the code's hash is stored. */
export function createOneTimeCodeRepo(db: Executor) {
  return {
    /** A new code; dead rows of anyone are swept on the way (their registrations' personal data goes with them). */
    async insert(row: Omit<StoredCode, 'tries' | 'usedAt'> & { createdAt: Date }): Promise<void> {
      await db.delete(oneTimeCode).where(lt(oneTimeCode.expiresAt, new Date(row.createdAt.getTime() - KEEP_DEAD_MS)));
      await db.insert(oneTimeCode).values({ ...row, expiresAt: new Date(row.expiresAt) });
    },

    /**
     * Counts a try on the code and answers it as it was before this try (`tries` not counting it): every try counts,
     * the right one too, in one statement, so that parallel tries cannot slip past the limit.
     */
    async countTry(id: string, purpose: StoredCode['purpose']): Promise<StoredCode | undefined> {
      const [row] = await db
        .update(oneTimeCode)
        .set({ tries: sql`${oneTimeCode.tries} + 1` })
        .where(and(eq(oneTimeCode.id, id), eq(oneTimeCode.purpose, purpose)))
        .returning();
      return row
        ? {
            id: row.id,
            purpose: row.purpose,
            email: row.email,
            userId: row.userId,
            codeHash: row.codeHash,
            payload: row.payload,
            tries: row.tries - 1,
            expiresAt: row.expiresAt.getTime(),
            usedAt: row.usedAt?.getTime() ?? null,
          }
        : undefined;
    },

    /**
     * Marks the code used, in the transaction that acts on it; false when another try used it first (the update's
     * condition decides). Its payload (a registration's password hash and person) is dropped at once.
     */
    async consume(id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(oneTimeCode)
        .set({ usedAt: at, payload: null })
        .where(and(eq(oneTimeCode.id, id), isNull(oneTimeCode.usedAt)))
        .returning({ id: oneTimeCode.id });
      return rows.length === 1;
    },
  };
}
export type OneTimeCodeRepo = ReturnType<typeof createOneTimeCodeRepo>;
