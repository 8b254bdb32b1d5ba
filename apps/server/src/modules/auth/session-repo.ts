import type { SessionInfo } from '@motcua/core';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { userSession } from '../../db/schema/index.ts';

/** A session's public handle: a prefix of its token's hash (the hash signs no one in; the prefix still less). */
const ID_LENGTH = 20;
const idOf = (tokenHash: string) => tokenHash.slice(0, ID_LENGTH);

/** A user's own sessions, as they list and end them (issue 18). */
export function createSessionRepo(db: Executor) {
  return {
    async list(userId: string, currentHash: string, at: Date): Promise<SessionInfo[]> {
      const rows = await db
        .select()
        .from(userSession)
        .where(and(eq(userSession.userId, userId), gt(userSession.expiresAt, at)))
        .orderBy(desc(userSession.createdAt))
        .limit(100);
      return rows.map((r) => ({
        id: idOf(r.tokenHash),
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        device: r.device,
        current: r.tokenHash === currentHash,
      }));
    },

    /** Ends one of the user's sessions by its handle; false when they have none such. */
    async end(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(userSession)
        .where(and(eq(userSession.userId, userId), eq(sql`left(${userSession.tokenHash}, ${ID_LENGTH})`, id)))
        .returning({ tokenHash: userSession.tokenHash });
      return rows.length > 0;
    },

    async openedAt(tokenHash: string): Promise<Date | null> {
      const [row] = await db
        .select({ createdAt: userSession.createdAt })
        .from(userSession)
        .where(eq(userSession.tokenHash, tokenHash));
      return row?.createdAt ?? null;
    },
  };
}
