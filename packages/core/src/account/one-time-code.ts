import type { ThrottlePolicy } from '../auth/login-throttle.ts';

/**
 * E-mailed one-time codes (DESIGN §15: an e-mail is verified by a one-time code): six digits, 15 minutes, five tries.
 * Six digits are guessable offline, so the code is checked online only, against its own random id, and dies after
 * its fifth wrong try; a new code is asked for then.
 */
export const ONE_TIME_CODE = { digits: 6, ttlMs: 15 * 60_000, maxTries: 5 } as const;

/**
 * Mails of codes are limited so that no one is flooded: a few per e-mail from one address, more per address. There
 * is no limit per e-mail from anywhere (DESIGN §14: an attacker must not lock the owner out of their own codes).
 */
export const CODE_MAIL_THROTTLE = {
  emailAddress: { maxFailures: 5, windowMs: 15 * 60_000 },
  address: { maxFailures: 20, windowMs: 60 * 60_000 },
} as const satisfies Record<string, ThrottlePolicy>;

export type OneTimeCodeState = { expiresAt: number; tries: number; usedAt: number | null };

export type CodeCheck =
  | { ok: true }
  | { ok: false; code: 'account.code_invalid'; triesLeft: number }
  | { ok: false; code: 'account.code_expired' };

/**
 * Decides a typed code: a used, expired or exhausted code is dead whatever is typed (so a late right guess does not
 * pass); otherwise a mismatch costs a try. `matches` is the constant-time comparison's answer.
 */
export function checkCode(state: OneTimeCodeState, matches: boolean, now: number): CodeCheck {
  if (state.usedAt !== null || now >= state.expiresAt || state.tries >= ONE_TIME_CODE.maxTries)
    return { ok: false, code: 'account.code_expired' };
  if (matches) return { ok: true };
  const triesLeft = ONE_TIME_CODE.maxTries - state.tries - 1;
  return triesLeft > 0
    ? { ok: false, code: 'account.code_invalid', triesLeft }
    : { ok: false, code: 'account.code_expired' };
}

/** The keys a code's mail is counted under (the address and e-mail lower-cased). */
export function codeMailKeys(email: string, address: string) {
  return { emailAddress: `code-mail:${email.toLowerCase()}@${address}`, address: `code-address:${address}` };
}
