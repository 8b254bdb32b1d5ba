/**
 * Log-in throttling (DESIGN §14: "throttles never let an attacker lock a legitimate user out"). Failures are
 * counted within a window under three keys: the account from one address and the address alone are REFUSED once
 * they reach their limit; the account from anywhere is only DELAYED, progressively and capped, so that five wrong
 * passwords typed by a stranger can no longer keep an officer out. A success clears only its own account+address key:
 * an attacker who owns one account cannot wash the address's count with it.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };

/** A key's delay: none for the first `freeFailures`, then `baseMs` doubling per failure, never above `capMs`. */
export type DelayPolicy = { freeFailures: number; baseMs: number; capMs: number; windowMs: number };

export const LOGIN_THROTTLE = {
  /** One address guessing one account's password: few tries. */
  accountAddress: { maxFailures: 5, windowMs: 15 * 60_000 },
  /** One address trying many accounts; a counter's office shares one address, so more room. */
  address: { maxFailures: 30, windowMs: 15 * 60_000 },
  /** Guesses at one account from many addresses: 250 ms × 2^(n−5), capped at 3 s, never a refusal. */
  account: { freeFailures: 5, baseMs: 250, capMs: 3_000, windowMs: 15 * 60_000 },
} as const satisfies { accountAddress: ThrottlePolicy; address: ThrottlePolicy; account: DelayPolicy };

export type FailureRecord = { failures: number; windowStartedAt: number };

/** Milliseconds the key must still wait, or 0 when a try is allowed now. */
export function throttleWait(record: FailureRecord | null, policy: ThrottlePolicy, now: number): number {
  if (!record) return 0;
  const windowEnd = record.windowStartedAt + policy.windowMs;
  if (now >= windowEnd) return 0;
  return record.failures >= policy.maxFailures ? windowEnd - now : 0;
}

/** The record after one more failure at `now`: a window that has ended starts anew. */
export function recordFailure(
  record: FailureRecord | null,
  policy: Pick<ThrottlePolicy, 'windowMs'>,
  now: number,
): FailureRecord {
  if (!record || now >= record.windowStartedAt + policy.windowMs) return { failures: 1, windowStartedAt: now };
  return { failures: record.failures + 1, windowStartedAt: record.windowStartedAt };
}

/** Milliseconds to hold a try on an account before its password is checked (the account key only delays). */
export function throttleDelay(record: FailureRecord | null, policy: DelayPolicy, now: number): number {
  if (!record || now >= record.windowStartedAt + policy.windowMs) return 0;
  const over = record.failures - policy.freeFailures;
  if (over < 0) return 0;
  // 2^over grows past the cap after a few failures; bound the exponent so the arithmetic stays finite.
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(over, 30));
}

/** The keys a sign-in is counted under: lower-cased username (as stored), the caller's address. */
export function loginKeys(username: string, address: string) {
  const account = username.toLowerCase();
  return {
    accountAddress: `account-address:${account}@${address}`,
    address: `address:${address}`,
    account: `account:${account}`,
  };
}
