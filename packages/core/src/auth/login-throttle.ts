/**
 * Log-in throttling (DESIGN §10): failures are counted per account and per address within a window;
 * a key that reached its limit is refused until its window ends; a success resets both keys.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };

export const LOGIN_THROTTLE = {
  /** Guessing one account's password: few tries. */
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  /** One address trying many accounts; a counter's office shares one address, so more room. */
  address: { maxFailures: 30, windowMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottlePolicy>;

/**
 * Public dossier look-up (DESIGN §10: "rate-limited"): wrong code/secret pairs per address. Only
 * failures count, so a citizen checking their dossier often is never stopped; guessing secrets is.
 */
export const LOOKUP_THROTTLE: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000 };

export type FailureRecord = { failures: number; windowStartedAt: number };

/** Milliseconds the key must still wait, or 0 when a try is allowed now. */
export function throttleWait(record: FailureRecord | null, policy: ThrottlePolicy, now: number): number {
  if (!record) return 0;
  const windowEnd = record.windowStartedAt + policy.windowMs;
  if (now >= windowEnd) return 0;
  return record.failures >= policy.maxFailures ? windowEnd - now : 0;
}

/** The record after one more failure at `now`: a window that has ended starts anew. */
export function recordFailure(record: FailureRecord | null, policy: ThrottlePolicy, now: number): FailureRecord {
  if (!record || now >= record.windowStartedAt + policy.windowMs) return { failures: 1, windowStartedAt: now };
  return { failures: record.failures + 1, windowStartedAt: record.windowStartedAt };
}
