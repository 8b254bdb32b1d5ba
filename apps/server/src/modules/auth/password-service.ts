import type { ChangePasswordRequest, SetupPasswordRequest } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { passwordProblem } from '../../platform/auth/common-passwords.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createAuthRepo } from './auth-repo.ts';
import { hashToken, type AuthService } from './auth-service.ts';
import { createPasswordTokenRepo } from './password-token-repo.ts';

type Deps = { db: Database; now: () => Date; auth: AuthService };

/** The policy (DESIGN §13) on a password being set; its refusal names the field and the localized reason. */
async function enforcePolicy(newPassword: string, username: string): Promise<void> {
  const problem = await passwordProblem(newPassword, username);
  if (problem) throw new AppError('auth.password_rejected', { errors: [{ path: 'newPassword', message: problem }] });
}

/** Every user's own password: a change while signed in, or the choice through an e-mailed link (issue 16). */
export function createPasswordService(deps: Deps) {
  const { db, now, auth } = deps;

  return {
    /**
     * Changes the signed-in user's password. The current one is checked under the log-in throttle; the user's
     * other sessions end (someone else may have had the old password), this one stays.
     */
    async change(user: SessionUser, input: ChangePasswordRequest, sessionToken: string, address: string) {
      if (!(await auth.verifyCurrentPassword(user.username, input.currentPassword, address)))
        throw new AppError('auth.wrong_current_password', {
          errors: [{ path: 'currentPassword', message: 'password.wrong_current' }],
        });
      if (input.newPassword === input.currentPassword)
        throw new AppError('auth.password_rejected', {
          detail: {
            vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
            en: 'The new password must differ from the current one',
          },
          errors: [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' }],
        });
      await enforcePolicy(input.newPassword, user.username);
      const passwordHash = await hashPassword(input.newPassword);
      const at = now();
      await db.transaction(async (tx) => {
        const repo = createAuthRepo(tx);
        await repo.setPassword(user.id, passwordHash, false, at);
        await repo.deleteSessions(user.id, hashToken(sessionToken));
        await createPasswordTokenRepo(tx).expireAll(user.id, at);
      });
    },

    /**
     * Sets the password chosen through a link. A refused password leaves the link usable; a used one, an expired
     * one, an unknown one or a deactivated user's all answer alike (`auth.password_link_invalid`).
     */
    async setup(input: SetupPasswordRequest): Promise<void> {
      const tokenHash = hashToken(input.token);
      const found = await createPasswordTokenRepo(db).findValid(tokenHash, now());
      if (!found || found.disabled) throw new AppError('auth.password_link_invalid');
      await enforcePolicy(input.newPassword, found.username);
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        const at = now();
        const tokens = createPasswordTokenRepo(tx);
        // The conditional update decides between two tries with one link.
        if ((await tokens.consume(tokenHash, at)) !== found.userId) throw new AppError('auth.password_link_invalid');
        const repo = createAuthRepo(tx);
        await repo.setPassword(found.userId, passwordHash, false, at);
        await repo.deleteSessions(found.userId);
        await tokens.expireAll(found.userId, at);
      });
    },
  };
}
export type PasswordService = ReturnType<typeof createPasswordService>;
