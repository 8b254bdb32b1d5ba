import {
  LOGIN_THROTTLE,
  recordFailure,
  throttleWait,
  type FailureRecord,
  type ThrottlePolicy,
} from './login-throttle.ts';

/**
 * Public dossier look-up throttles (DESIGN §14). Per address: wrong pairs are counted and, past the limit, every
 * look-up from that address is refused for the rest of the window — a citizen checking often is never stopped,
 * only failures count. Per code: the last 4 phone digits are 10⁴ guesses and codes are sequential, so many
 * addresses together could walk one code's digits; each code therefore admits at most `maxFailures` wrong digit
 * guesses per window, after which the digits are disabled for that code until the window ends. The receipt's
 * secret (strong factor) is never disabled: the citizen is never locked out of their own dossier.
 */
export const LOOKUP_THROTTLE: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000 };

/** Wrong phone-digit guesses one code admits per cooling period, from all addresses together. */
export const PHONE_DIGITS_CAP: ThrottlePolicy = { maxFailures: 10, windowMs: 60 * 60_000 };

/** No throttle reads a failure older than this: a row whose window started earlier can be forgotten. */
export const LONGEST_THROTTLE_WINDOW_MS = Math.max(
  LOOKUP_THROTTLE.windowMs,
  PHONE_DIGITS_CAP.windowMs,
  ...Object.values(LOGIN_THROTTLE).map((p) => p.windowMs),
);

/** The keys a look-up is counted under. */
export const lookupKeys = (code: string, address: string) => ({
  address: `lookup:${address}`,
  phoneDigits: `lookup-phone:${code}`,
});

/** A try of the weak factor: admitted with the try counted in the record, or refused with the wait. */
export type WeakTry =
  { admitted: true; record: FailureRecord } | { admitted: false; record: FailureRecord; waitMs: number };

/**
 * Admits one phone-digit try on a code by counting it BEFORE the digits are compared, so that tries arriving at
 * once cannot all pass a check made before any of them is counted; a try that matches is given back
 * (`releaseWeakTry`). Only admitted tries ever reach the comparison.
 */
export function admitWeakTry(record: FailureRecord | null, policy: ThrottlePolicy, now: number): WeakTry {
  const waitMs = throttleWait(record, policy, now);
  if (record && waitMs > 0) return { admitted: false, record, waitMs };
  return { admitted: true, record: recordFailure(record, policy, now) };
}

/** The record once an admitted try turned out right: it was the owner, not a guess, so it does not count. */
export function releaseWeakTry(record: FailureRecord | null, now: number): FailureRecord {
  if (!record) return { failures: 0, windowStartedAt: now };
  return { failures: Math.max(0, record.failures - 1), windowStartedAt: record.windowStartedAt };
}

/** Seconds for `Retry-After` (RFC 9110 §10.2.3): whole seconds, at least 1. */
export const retryAfterSeconds = (waitMs: number): string => String(Math.max(1, Math.ceil(waitMs / 1000)));
