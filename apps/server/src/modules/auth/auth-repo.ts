import { LONGEST_THROTTLE_WINDOW_MS, type FailureRecord, type Role } from '@motcua/core';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { and, desc, eq, gt, inArray, isNotNull, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, center, loginFailure, userSession } from '../../db/schema/index.ts';

export type UserCredentials = { id: string; passwordHash: string; disabled: boolean };

/** How often expired failure rows are swept, at most (per repository, by the app's clock). */
const PURGE_EVERY_MS = 10 * 60_000;

export function createAuthRepo(db: Executor) {
  let lastPurge = -Infinity;
  const meColumns = {
    id: appUser.id,
    username: appUser.username,
    fullName: appUser.fullName,
    roles: appUser.roles,
    agencyId: appUser.agencyId,
    centerId: appUser.centerId,
    agencyCode: agency.code,
    agencySlug: agency.slug,
    agencyName: agency.name,
    centerCode: center.code,
    centerName: center.name,
    mustChangePassword: appUser.mustChangePassword,
  };
  const toMe = (row: { [K in keyof typeof meColumns]: unknown }): SessionUser => ({
    id: row.id as string,
    agencyId: row.agencyId as string | null,
    centerId: row.centerId as string | null,
    username: row.username as string,
    fullName: row.fullName as string,
    roles: row.roles as Role[],
    agency: row.agencyCode
      ? { code: row.agencyCode as string, slug: row.agencySlug as string, name: row.agencyName as string }
      : null,
    center: row.centerCode ? { code: row.centerCode as string, name: row.centerName as string } : null,
    mustChangePassword: row.mustChangePassword as boolean,
  });
  const meQuery = () =>
    db
      .select(meColumns)
      .from(appUser)
      .leftJoin(center, eq(center.id, appUser.centerId))
      .leftJoin(agency, eq(agency.id, appUser.agencyId));

  return {
    /**
     * The account a log-in names: by username, or by a verified e-mail (citizens sign in with theirs, DESIGN §15).
     * A username wins over another account's e-mail (usernames have no `@`, so they never meet).
     */
    async findCredentials(username: string): Promise<UserCredentials | undefined> {
      const [row] = await db
        .select({ id: appUser.id, passwordHash: appUser.passwordHash, disabled: appUser.disabled })
        .from(appUser)
        .where(or(eq(appUser.username, username), and(eq(appUser.email, username), isNotNull(appUser.emailVerifiedAt))))
        .orderBy(desc(eq(appUser.username, username)))
        .limit(1);
      return row;
    },

    async getMe(userId: string): Promise<SessionUser> {
      const [row] = await meQuery().where(eq(appUser.id, userId));
      if (!row) throw new Error(`user ${userId} not found`);
      return toMe(row);
    },

    async findSessionUser(tokenHash: string, now: Date): Promise<SessionUser | undefined> {
      const [row] = await meQuery()
        .innerJoin(userSession, eq(userSession.userId, appUser.id))
        .where(and(eq(userSession.tokenHash, tokenHash), gt(userSession.expiresAt, now), eq(appUser.disabled, false)));
      return row ? toMe(row) : undefined;
    },

    async createSession(
      tokenHash: string,
      userId: string,
      createdAt: Date,
      expiresAt: Date,
      device: string | null = null,
    ): Promise<void> {
      await db.insert(userSession).values({ tokenHash, userId, createdAt, expiresAt, device });
      // Expired sessions of this user go as a new one starts: the table does not grow without end.
      await db.delete(userSession).where(and(eq(userSession.userId, userId), lt(userSession.expiresAt, createdAt)));
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
    },

    /** A password set by its user (not temporary) or by the admin (temporary: to be changed at first use). */
    async setPassword(id: string, passwordHash: string, mustChangePassword: boolean, at: Date): Promise<void> {
      await db
        .update(appUser)
        .set({ passwordHash, mustChangePassword, passwordChangedAt: mustChangePassword ? null : at })
        .where(eq(appUser.id, id));
    },

    /** Ends every session of the user, or every one but `keep` (a token hash): the next request is refused. */
    async deleteSessions(userId: string, keep?: string): Promise<void> {
      await db
        .delete(userSession)
        .where(and(eq(userSession.userId, userId), keep ? ne(userSession.tokenHash, keep) : undefined));
    },

    async findFailures(keys: string[]): Promise<Map<string, FailureRecord>> {
      const rows = await db.select().from(loginFailure).where(inArray(loginFailure.key, keys));
      return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStartedAt: r.windowStartedAt.getTime() }]));
    },

    /**
     * Counts one failure under a row lock, so that parallel tries cannot slip past the limit. The table stays
     * bounded however many addresses or codes are tried: a key whose window started before the longest window is
     * dead (every rule reads it as no failures), and such rows are swept when a new window starts, at most every
     * 10 minutes — the new window's start is the app's clock.
     */
    async addFailure(key: string, next: (current: FailureRecord | null) => FailureRecord): Promise<void> {
      const updated = await db.transaction(async (tx) => {
        await tx
          .insert(loginFailure)
          .values({ key, failures: 0, windowStartedAt: new Date(0) })
          .onConflictDoNothing();
        const [row] = await tx.select().from(loginFailure).where(eq(loginFailure.key, key)).for('update');
        const current =
          row && row.failures > 0 ? { failures: row.failures, windowStartedAt: row.windowStartedAt.getTime() } : null;
        const updated = next(current);
        await tx
          .update(loginFailure)
          .set({ failures: updated.failures, windowStartedAt: new Date(updated.windowStartedAt) })
          .where(eq(loginFailure.key, key));
        return updated;
      });
      const at = updated.windowStartedAt;
      if (updated.failures === 1 && at - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = at;
        await db
          .delete(loginFailure)
          .where(lt(loginFailure.windowStartedAt, new Date(at - LONGEST_THROTTLE_WINDOW_MS)));
      }
    },

    async clearFailures(keys: string[]): Promise<void> {
      await db.delete(loginFailure).where(inArray(loginFailure.key, keys));
    },
  };
}
export type AuthRepo = ReturnType<typeof createAuthRepo>;
