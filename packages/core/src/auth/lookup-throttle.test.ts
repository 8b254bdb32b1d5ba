import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FailureRecord } from './login-throttle.ts';
import {
  admitWeakTry,
  LONGEST_THROTTLE_WINDOW_MS,
  lookupKeys,
  PHONE_DIGITS_CAP,
  releaseWeakTry,
  retryAfterSeconds,
  type WeakTry,
} from './lookup-throttle.ts';

const cap = PHONE_DIGITS_CAP;
const HOUR = 60 * 60_000;

describe('phone-digit cap per code (DESIGN §14)', () => {
  it('is 10 wrong guesses per hour, the longest window any throttle reads', () => {
    expect(cap).toEqual({ maxFailures: 10, windowMs: HOUR });
    expect(LONGEST_THROTTLE_WINDOW_MS).toBe(HOUR);
  });

  it.each<[FailureRecord | null, number, WeakTry]>([
    [null, 5, { admitted: true, record: { failures: 1, windowStartedAt: 5 } }],
    [{ failures: 3, windowStartedAt: 0 }, 5, { admitted: true, record: { failures: 4, windowStartedAt: 0 } }],
    [{ failures: 9, windowStartedAt: 0 }, 5, { admitted: true, record: { failures: 10, windowStartedAt: 0 } }],
    [
      { failures: 10, windowStartedAt: 0 },
      5,
      { admitted: false, record: { failures: 10, windowStartedAt: 0 }, waitMs: HOUR - 5 },
    ],
    [{ failures: 10, windowStartedAt: 0 }, HOUR, { admitted: true, record: { failures: 1, windowStartedAt: HOUR } }],
  ])('%j at %i → %j', (record, now, expected) => {
    expect(admitWeakTry(record, cap, now)).toEqual(expected);
  });

  it('gives back a try that matched, never below zero', () => {
    expect(releaseWeakTry({ failures: 4, windowStartedAt: 7 }, 9)).toEqual({ failures: 3, windowStartedAt: 7 });
    expect(releaseWeakTry({ failures: 0, windowStartedAt: 7 }, 9)).toEqual({ failures: 0, windowStartedAt: 7 });
    expect(releaseWeakTry(null, 9)).toEqual({ failures: 0, windowStartedAt: 9 });
  });

  it('counts per code, whatever the address', () => {
    expect(lookupKeys('C-1', '1.1.1.1').phoneDigits).toBe(lookupKeys('C-1', '2.2.2.2').phoneDigits);
    expect(lookupKeys('C-1', '1.1.1.1').address).not.toBe(lookupKeys('C-1', '2.2.2.2').address);
  });

  it('Retry-After is in whole seconds, at least one', () => {
    expect([retryAfterSeconds(1), retryAfterSeconds(1000), retryAfterSeconds(1001)]).toEqual(['1', '1', '2']);
  });

  // The property the brief asks for: however many addresses guess, and whenever, a code admits at most N wrong
  // guesses per cooling period. Oracle: each admitted wrong guess is bucketed by the window it was counted in
  // (its record's windowStartedAt); no bucket exceeds N, and windows never overlap (each starts ≥ W after the last).
  it('many addresses cannot get more than N wrong phone-digit guesses per code per cooling period', () => {
    const tries = fc.array(fc.record({ address: fc.nat(300), gap: fc.nat(10 * 60_000), right: fc.boolean() }), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(tries, (list) => {
        let record: FailureRecord | null = null;
        let now = 0;
        const wrongPerWindow = new Map<number, number>();
        for (const t of list) {
          now += t.gap;
          const verdict = admitWeakTry(record, cap, now);
          record = verdict.record;
          if (!verdict.admitted) continue;
          if (t.right) record = releaseWeakTry(record, now);
          else wrongPerWindow.set(record.windowStartedAt, (wrongPerWindow.get(record.windowStartedAt) ?? 0) + 1);
        }
        const starts = [...wrongPerWindow.keys()].sort((a, b) => a - b);
        for (const n of wrongPerWindow.values()) expect(n).toBeLessThanOrEqual(cap.maxFailures);
        starts.slice(1).forEach((s, i) => expect(s - starts[i]!).toBeGreaterThanOrEqual(cap.windowMs));
      }),
      { numRuns: 300 },
    );
  });
});
