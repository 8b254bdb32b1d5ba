import type { CodeSent, PasswordResetConfirm, PasswordResetRequest } from '@motcua/core';
import { hashPassword } from '../../platform/auth/password.ts';
import { passwordProblem } from '../../platform/auth/common-passwords.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import { createAuthRepo } from '../auth/auth-repo.ts';
import { resetCodeMail } from './account-mail.ts';
import { mailSender, type AccountDeps } from './account-deps.ts';
import { createCitizenRepo } from './citizen-repo.ts';
import { createOneTimeCodeRepo } from './one-time-code-repo.ts';
import { admitCodeMail, checkTypedCode, deadCode, newCode, useCode } from './one-time-codes.ts';

/**
 * A forgotten password, reset by a code mailed to the account's verified e-mail (DESIGN §15). The answer is the same
 * for an e-mail without an account (a code row that was never mailed, so it never matches), so no one learns who
 * has one; every session of the account ends with the reset.
 */
export function createPasswordResetService(deps: AccountDeps) {
  const { db, now } = deps;

  return {
    async request(input: PasswordResetRequest, address: string): Promise<CodeSent> {
      const at = now();
      await admitCodeMail(createAuthRepo(db), input.email, address, at);
      const code = newCode(at);
      const mail = { to: input.email, codeId: code.id, ...(await mailSender(deps)) };
      await db.transaction(async (tx) => {
        const account = await createCitizenRepo(tx).findByVerifiedEmail(input.email);
        const owner = account && !account.disabled ? account.id : null;
        await createOneTimeCodeRepo(tx).insert({
          ...code,
          purpose: 'reset',
          email: input.email,
          userId: owner,
          payload: null,
          createdAt: at,
        });
        if (owner) await createOutboxRepo(tx).add([resetCodeMail(mail, code.code)], at);
      });
      return { id: code.id, email: input.email, expiresAt: new Date(code.expiresAt).toISOString() };
    },

    async confirm(input: PasswordResetConfirm): Promise<void> {
      const at = now();
      const stored = await checkTypedCode(db, { ...input, purpose: 'reset' }, at);
      const account = stored.userId ? await createCitizenRepo(db).findByVerifiedEmail(stored.email) : undefined;
      if (!account || account.id !== stored.userId || account.disabled) throw deadCode();
      const problem = await passwordProblem(input.newPassword, account.username);
      if (problem)
        throw new AppError('auth.password_rejected', { errors: [{ path: 'newPassword', message: problem }] });
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await useCode(tx, stored.id, at);
        const auth = createAuthRepo(tx);
        await auth.setPassword(account.id, passwordHash, false, at);
        await auth.deleteSessions(account.id);
      });
    },
  };
}
export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
