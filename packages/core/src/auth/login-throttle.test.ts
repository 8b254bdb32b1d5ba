import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOGIN_THROTTLE, loginKeys, recordFailure, throttleDelay, throttleWait } from './login-throttle.ts';

const refused = LOGIN_THROTTLE.accountAddress;
const delayed = LOGIN_THROTTLE.account;

describe('log-in throttle: refusals per account+address and per address', () => {
  it('allows tries until the limit of failures within the window, then refuses until the window ends', () => {
    let record = null;
    const t0 = 1_000_000;
    for (let i = 0; i < refused.maxFailures; i++) {
      expect(throttleWait(record, refused, t0 + i)).toBe(0);
      record = recordFailure(record, refused, t0 + i);
    }
    expect(throttleWait(record, refused, t0 + 10)).toBe(refused.windowMs - 10);
    expect(throttleWait(record, refused, t0 + refused.windowMs)).toBe(0);
  });

  it('starts a new window once the old one has ended', () => {
    const old = { failures: 4, windowStartedAt: 0 };
    expect(recordFailure(old, refused, refused.windowMs + 1)).toEqual({
      failures: 1,
      windowStartedAt: refused.windowMs + 1,
    });
    expect(recordFailure(old, refused, refused.windowMs - 1)).toEqual({ failures: 5, windowStartedAt: 0 });
  });

  it('never asks to wait beyond the end of the window', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(10 ** 9), fc.nat(10 ** 9), (failures, start, later) => {
        const wait = throttleWait({ failures, windowStartedAt: start }, refused, start + later);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(start + later + wait).toBeLessThanOrEqual(Math.max(start + refused.windowMs, start + later));
        expect(wait > 0).toBe(failures >= refused.maxFailures && later < refused.windowMs);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the account from one address apart from the account elsewhere and from the address', () => {
    const keys = loginKeys('CongAn.Counter', '10.0.0.7');
    expect(keys).toEqual({
      accountAddress: 'account-address:congan.counter@10.0.0.7',
      address: 'address:10.0.0.7',
      account: 'account:congan.counter',
    });
    expect(loginKeys('congan.counter', '10.0.0.8').account).toBe(keys.account);
    expect(loginKeys('congan.counter', '10.0.0.8').accountAddress).not.toBe(keys.accountAddress);
  });
});

describe('log-in throttle: the account alone only delays (DESIGN §14)', () => {
  // 250 ms × 2^(n−5), capped at 3 s, written out by hand.
  it.each([
    [0, 0],
    [4, 0],
    [5, 250],
    [6, 500],
    [7, 1_000],
    [8, 2_000],
    [9, 3_000],
    [50, 3_000],
    [10_000, 3_000],
  ])('%i failures in the window → %i ms', (failures, ms) => {
    expect(throttleDelay({ failures, windowStartedAt: 0 }, delayed, 60_000)).toBe(ms);
  });

  it('no delay without failures or once the window has ended', () => {
    expect(throttleDelay(null, delayed, 0)).toBe(0);
    expect(throttleDelay({ failures: 9, windowStartedAt: 0 }, delayed, delayed.windowMs)).toBe(0);
  });

  it('is never negative, never above the cap, and never falls as failures grow', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 6), fc.nat(delayed.windowMs - 1), (failures, elapsed) => {
        const at = (n: number) => throttleDelay({ failures: n, windowStartedAt: 0 }, delayed, elapsed);
        expect(at(failures)).toBeGreaterThanOrEqual(0);
        expect(at(failures)).toBeLessThanOrEqual(delayed.capMs);
        expect(at(failures + 1)).toBeGreaterThanOrEqual(at(failures));
      }),
      { numRuns: 200 },
    );
  });
});
