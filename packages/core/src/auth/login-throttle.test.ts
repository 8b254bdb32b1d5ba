import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOGIN_THROTTLE, recordFailure, throttleWait } from './login-throttle.ts';

const policy = LOGIN_THROTTLE.account;

describe('log-in throttle', () => {
  it('allows tries until the limit of failures within the window, then refuses until the window ends', () => {
    let record = null;
    const t0 = 1_000_000;
    for (let i = 0; i < policy.maxFailures; i++) {
      expect(throttleWait(record, policy, t0 + i)).toBe(0);
      record = recordFailure(record, policy, t0 + i);
    }
    expect(throttleWait(record, policy, t0 + 10)).toBe(policy.windowMs - 10);
    expect(throttleWait(record, policy, t0 + policy.windowMs)).toBe(0);
  });

  it('starts a new window once the old one has ended', () => {
    const old = { failures: 4, windowStartedAt: 0 };
    expect(recordFailure(old, policy, policy.windowMs + 1)).toEqual({
      failures: 1,
      windowStartedAt: policy.windowMs + 1,
    });
    expect(recordFailure(old, policy, policy.windowMs - 1)).toEqual({ failures: 5, windowStartedAt: 0 });
  });

  it('never asks to wait beyond the end of the window', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(10 ** 9), fc.nat(10 ** 9), (failures, start, later) => {
        const wait = throttleWait({ failures, windowStartedAt: start }, policy, start + later);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(start + later + wait).toBeLessThanOrEqual(Math.max(start + policy.windowMs, start + later));
        expect(wait > 0).toBe(failures >= policy.maxFailures && later < policy.windowMs);
      }),
      { numRuns: 200 },
    );
  });
});
