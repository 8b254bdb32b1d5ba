import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { appUser, passwordToken } from '../../db/schema/index.ts';

/** The e-mailed links to choose a password: only a token's sha256 is stored; one use, within its life. */
export function createPasswordTokenRepo(db: Executor) {
  return {
    async insert(token: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
      await db.insert(passwordToken).values(token);
    },

    /** The user of a valid (known, unused, unexpired) token. */
    async findValid(tokenHash: string, at: Date) {
      const [row] = await db
        .select({ userId: appUser.id, username: appUser.username, disabled: appUser.disabled })
        .from(passwordToken)
        .innerJoin(appUser, eq(appUser.id, passwordToken.userId))
        .where(
          and(eq(passwordToken.tokenHash, tokenHash), isNull(passwordToken.usedAt), gt(passwordToken.expiresAt, at)),
        );
      return row;
    },

    /**
     * Marks a valid token used and names its user, or answers undefined (unknown, used or expired). The update's
     * condition is the check: two tries with one token cannot both pass.
     */
    async consume(tokenHash: string, at: Date): Promise<string | undefined> {
      const [row] = await db
        .update(passwordToken)
        .set({ usedAt: at })
        .where(
          and(eq(passwordToken.tokenHash, tokenHash), isNull(passwordToken.usedAt), gt(passwordToken.expiresAt, at)),
        )
        .returning({ userId: passwordToken.userId });
      return row?.userId;
    },

    /** A new link, or a password set another way, makes the older links of the user useless. */
    async expireAll(userId: string, at: Date): Promise<void> {
      await db
        .update(passwordToken)
        .set({ usedAt: at })
        .where(and(eq(passwordToken.userId, userId), isNull(passwordToken.usedAt)));
    },
  };
}
