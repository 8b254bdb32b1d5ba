import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  CODE_MAIL_THROTTLE,
  ONE_TIME_CODE,
  checkCode,
  codeMailKeys,
  recordFailure,
  retryAfterSeconds,
  throttleWait,
} from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import type { AuthRepo } from '../auth/auth-repo.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createOneTimeCodeRepo, type StoredCode } from './one-time-code-repo.ts';

/** Salted by the code's own id: the same six digits hash differently for every code. */
const hashCode = (id: string, code: string) => createHash('sha256').update(`${id}:${code}`).digest();

/** A new code: its id (the caller's handle), the six digits to mail, and the row to store. */
export function newCode(at: Date) {
  const id = randomUUID();
  const code = String(randomInt(0, 10 ** ONE_TIME_CODE.digits)).padStart(ONE_TIME_CODE.digits, '0');
  return { id, code, codeHash: hashCode(id, code).toString('hex'), expiresAt: at.getTime() + ONE_TIME_CODE.ttlMs };
}

/**
 * Counts a mail of a code under `CODE_MAIL_THROTTLE` before it is written, refusing (429 with Retry-After) an e-mail
 * mailed too often from this address, or an address that asks too often. Counted whether or not the e-mail has an
 * account, so that the limit tells nothing either.
 */
export async function admitCodeMail(failures: AuthRepo, email: string, address: string, at: Date): Promise<void> {
  const keys = codeMailKeys(email, address);
  const t = at.getTime();
  const found = await failures.findFailures([keys.emailAddress, keys.address]);
  const wait = Math.max(
    throttleWait(found.get(keys.emailAddress) ?? null, CODE_MAIL_THROTTLE.emailAddress, t),
    throttleWait(found.get(keys.address) ?? null, CODE_MAIL_THROTTLE.address, t),
  );
  if (wait > 0) throw new AppError('account.code_throttled', { headers: { 'retry-after': retryAfterSeconds(wait) } });
  await failures.addFailure(keys.emailAddress, (r) => recordFailure(r, CODE_MAIL_THROTTLE.emailAddress, t));
  await failures.addFailure(keys.address, (r) => recordFailure(r, CODE_MAIL_THROTTLE.address, t));
}

/** A code that can no longer be used (unknown, used, expired, exhausted, or its purpose gone): a new one is needed. */
export const deadCode = () =>
  new AppError('account.code_expired', { errors: [{ path: 'code', message: 'account.code_dead' }] });

/**
 * Checks a typed code (core `checkCode`), the try counted first: an unknown id reads as a dead code. Answers the
 * stored code when right; the caller then `useCode`s it in the transaction that acts on it.
 */
export async function checkTypedCode(
  db: Executor,
  input: { id: string; code: string; purpose: StoredCode['purpose'] },
  at: Date,
): Promise<StoredCode> {
  const stored = await createOneTimeCodeRepo(db).countTry(input.id, input.purpose);
  if (!stored) throw deadCode();
  const matches = timingSafeEqual(Buffer.from(stored.codeHash, 'hex'), hashCode(stored.id, input.code));
  const check = checkCode(stored, matches, at.getTime());
  if (check.ok) return stored;
  if (check.code === 'account.code_expired') throw deadCode();
  throw new AppError('account.code_invalid', { errors: [{ path: 'code', message: 'account.code_wrong' }] });
}

/** Uses a checked code in the acting transaction; a second try of one code, in parallel, finds it dead. */
export async function useCode(tx: Executor, id: string, at: Date): Promise<void> {
  if (!(await createOneTimeCodeRepo(tx).consume(id, at))) throw deadCode();
}
