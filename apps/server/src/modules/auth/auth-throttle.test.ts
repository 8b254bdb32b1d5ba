import { LOGIN_THROTTLE, LONGEST_THROTTLE_WINDOW_MS, loginKeys } from '@motcua/core';
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginFailure } from '../../db/schema/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { DEMO_PASSWORD, useTestApp } from '../../test/test-app.ts';
import { createAuthRepo } from './auth-repo.ts';
import { createAuthService } from './auth-service.ts';

/** What a sign-in ended in: the status a route would answer, the Retry-After it would carry. */
async function outcome(p: Promise<unknown>): Promise<{ status: number; retryAfter?: string }> {
  try {
    await p;
    return { status: 200 };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const status = { 'auth.invalid_credentials': 401, 'auth.throttled': 429 }[e.code as string] ?? 0;
    return { status, retryAfter: e.options.headers?.['retry-after'] };
  }
}

// The service on the real repository and a seeded database; the clock and the sleep are the test's (no wall clock).
describe('log-in throttles (DESIGN §14: no lock-out by strangers)', () => {
  const t = useTestApp();
  let clock = new Date('2026-11-18T08:00:00+07:00').getTime();
  const slept: number[] = [];
  const service = () =>
    createAuthService({
      repo: createAuthRepo(t.database.db),
      now: () => new Date(clock),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
  const signIn = (username: string, password: string, address: string) =>
    outcome(service().login({ username, password }, address));

  it('an attacker from 5 addresses × 10 wrong passwords cannot keep the officer out; she is only delayed', async () => {
    const answers: number[] = [];
    for (let a = 1; a <= 5; a++)
      for (let i = 0; i < 10; i++) answers.push((await signIn('congan.counter', 'guess', `203.0.113.${a}`)).status);
    // Per account+address: 5 wrong then refused, from each of the 5 addresses.
    expect(answers.filter((s) => s === 401)).toHaveLength(5 * LOGIN_THROTTLE.accountAddress.maxFailures);
    expect(answers.filter((s) => s === 429)).toHaveLength(5 * 5);
    slept.length = 0;
    expect(await signIn('congan.counter', DEMO_PASSWORD, '10.0.0.50')).toEqual({ status: 200, retryAfter: undefined });
    // 25 failures on the account: held for the cap (3 s), never refused.
    expect(slept).toEqual([LOGIN_THROTTLE.account.capMs]);
  });

  it('the account’s delay grows 250 ms, 500 ms, 1 s… from the fifth failure, whatever the address', async () => {
    slept.length = 0;
    for (let i = 0; i < 9; i++) await signIn('gtvt.counter', 'guess', `198.51.100.${i}`);
    expect(slept).toEqual([250, 500, 1_000, 2_000]);
  });

  it('an address guessing many accounts gets 429 with Retry-After, and a success there does not reset it', async () => {
    const address = '192.0.2.9';
    for (let i = 0; i < LOGIN_THROTTLE.address.maxFailures - 1; i++)
      expect((await signIn(`guess${i}`, 'bad', address)).status).toBe(401);
    // The attacker's own account signs in from that address: only its own account+address key is cleared.
    expect((await signIn('khobac.counter', DEMO_PASSWORD, address)).status).toBe(200);
    expect((await signIn('guess-last', 'bad', address)).status).toBe(401);
    const refused = await signIn('khobac.counter', DEMO_PASSWORD, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBe(LOGIN_THROTTLE.address.windowMs / 1000);
    expect((await signIn('khobac.counter', DEMO_PASSWORD, '192.0.2.10')).status).toBe(200);
    clock += LOGIN_THROTTLE.address.windowMs;
    expect((await signIn('khobac.counter', DEMO_PASSWORD, address)).status).toBe(200);
  });

  it('a success clears its own account+address key', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < LOGIN_THROTTLE.accountAddress.maxFailures - 1; i++)
      expect((await signIn('bhxh.counter', 'bad', address)).status).toBe(401);
    expect((await signIn('bhxh.counter', DEMO_PASSWORD, address)).status).toBe(200);
    for (let i = 0; i < LOGIN_THROTTLE.accountAddress.maxFailures; i++)
      expect((await signIn('bhxh.counter', 'bad', address)).status).toBe(401);
    expect((await signIn('bhxh.counter', DEMO_PASSWORD, address)).status).toBe(429);
  });

  it('forgets failures no throttle reads any more, so the table stays bounded', async () => {
    const old = loginKeys('nobody-old', '192.0.2.200');
    const fresh = loginKeys('nobody-new', '192.0.2.201');
    const stored = async (keys: string[]) =>
      (await t.database.db.select().from(loginFailure).where(inArray(loginFailure.key, keys))).length;
    await signIn('nobody-old', 'bad', '192.0.2.200');
    expect(await stored(Object.values(old))).toBe(3);
    clock += LONGEST_THROTTLE_WINDOW_MS + 1;
    await signIn('nobody-new', 'bad', '192.0.2.201');
    expect(await stored(Object.values(old))).toBe(0);
    expect(await stored(Object.values(fresh))).toBe(3);
  });
});
