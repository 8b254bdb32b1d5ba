import { z } from 'zod';
import {
  CitizenPersonInput,
  isPastBirthDate,
  type CodeSent,
  type RegisterRequest,
  type VerifyRegistrationRequest,
} from '@motcua/core';
import { hashPassword } from '../../platform/auth/password.ts';
import { passwordProblem } from '../../platform/auth/common-passwords.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import { createAuthRepo } from '../auth/auth-repo.ts';
import type { AuthService, OpenedSession } from '../auth/auth-service.ts';
import { alreadyRegisteredMail, registrationCodeMail } from './account-mail.ts';
import { mailSender, type AccountDeps } from './account-deps.ts';
import { createCitizenRepo } from './citizen-repo.ts';
import { createOneTimeCodeRepo } from './one-time-code-repo.ts';
import { admitCodeMail, checkTypedCode, deadCode, newCode, useCode } from './one-time-codes.ts';

/** What a registration keeps until its code is typed: the password's hash, never the password. */
const Pending = z.object({ passwordHash: z.string(), person: CitizenPersonInput, existing: z.literal(false) });

/**
 * Registration by e-mail (DESIGN §15): nothing is created until the e-mailed code is typed, and the code is checked
 * against the registration's own id, which only the registering browser holds. So registering someone else's e-mail
 * creates nothing and takes nothing: the owner's mailbox gets a code the registrant never sees.
 */
export function createRegistrationService(deps: AccountDeps & { auth: AuthService }) {
  const { db, now, auth } = deps;

  return {
    async register(input: RegisterRequest, address: string): Promise<CodeSent> {
      const problem = await passwordProblem(input.password, input.email);
      if (problem) throw new AppError('auth.password_rejected', { errors: [{ path: 'password', message: problem }] });
      if (!isPastBirthDate(input.birthDate, now().getTime()))
        throw new AppError('request.validation_failed', {
          errors: [{ path: 'birthDate', message: 'account.birth_date_future' }],
        });
      const at = now();
      await admitCodeMail(createAuthRepo(db), input.email, address, at);
      const { email, password, ...person } = input;
      const passwordHash = await hashPassword(password);
      const code = newCode(at);
      const mail = { to: email, codeId: code.id, ...(await mailSender(deps)) };
      await db.transaction(async (tx) => {
        const existing = await createCitizenRepo(tx).findByVerifiedEmail(email);
        await createOneTimeCodeRepo(tx).insert({
          ...code,
          purpose: 'register',
          email,
          userId: null,
          payload: existing ? { existing: true } : { passwordHash, person, existing: false },
          createdAt: at,
        });
        const entry = existing ? alreadyRegisteredMail(mail) : registrationCodeMail(mail, code.code);
        await createOutboxRepo(tx).add([entry], at);
      });
      return { id: code.id, email, expiresAt: new Date(code.expiresAt).toISOString() };
    },

    /** The right code creates the verified account and signs it in; a second use, or a taken e-mail, is refused. */
    async verify(input: VerifyRegistrationRequest, device: string | null): Promise<OpenedSession> {
      const at = now();
      const stored = await checkTypedCode(db, { ...input, purpose: 'register' }, at);
      const pending = Pending.safeParse(stored.payload);
      // A registration of an e-mail that had an account was never mailed a code: it creates nothing.
      if (!pending.success) throw deadCode();
      const userId = await db.transaction(async (tx) => {
        await useCode(tx, stored.id, at);
        const citizens = createCitizenRepo(tx);
        // Another registration of this e-mail was verified first: this one is dead.
        if (await citizens.findByVerifiedEmail(stored.email)) throw deadCode();
        return citizens.createByEmail({ email: stored.email, ...pending.data, at });
      });
      return auth.openSession(userId, device);
    },
  };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
