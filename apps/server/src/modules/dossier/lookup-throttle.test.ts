import { LOOKUP_THROTTLE, PHONE_DIGITS_CAP } from '@motcua/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

/** 228 addresses, as in the probe that found 4,332 guesses and 0 throttled (issue 15 item 5). */
const ADDRESSES = Array.from({ length: 228 }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
const RIGHT_DIGITS = '5600'; // makeApplicant's phone

describe('look-up throttles (DESIGN §14: the weak factor is capped per code, the secret keeps working)', () => {
  let clock = new Date('2026-11-18T09:00:00+07:00').getTime();
  const t = useTestApp({ now: () => new Date(clock) });
  let code: string;
  let secret: string;
  beforeAll(async () => {
    const counter = await t.login('congan.counter');
    ({
      dossier: { code },
      secret,
    } = (await receiveDossier(t, { procedure: 'cap ho chieu', cookie: counter })) as {
      dossier: { code: string };
      secret: string;
    });
  });

  const lookup = (key: string, remoteAddress: string, lang = 'vi') =>
    t.app.inject({ url: `/api/v1/lookup?code=${code}&${key}`, remoteAddress, headers: { 'accept-language': lang } });

  it('228 addresses guessing the digits at once: at most N guesses reach the comparison in the cooling period', async () => {
    const guesses = Array.from({ length: 3 }, (_, round) =>
      ADDRESSES.map((address, i) => ({ address, digits: String(round * 228 + i).padStart(4, '0') })),
    );
    const statuses: number[] = [];
    for (const round of guesses) {
      const answers = await Promise.all(round.map((g) => lookup(`phoneLast4=${g.digits}`, g.address)));
      statuses.push(...answers.map((a) => a.statusCode));
      for (const a of answers.filter((x) => x.statusCode === 429)) {
        expect(a.json().type).toBe('urn:motcua:problem:lookup.phone_digits_disabled');
        expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    // A wrong guess that reached the comparison answers 404; every other was stopped before it.
    expect(statuses.filter((s) => s === 404)).toHaveLength(PHONE_DIGITS_CAP.maxFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3 * 228 - PHONE_DIGITS_CAP.maxFailures);
  });

  it('the owner with the secret still gets the dossier; with the digits she is told to use the secret', async () => {
    expect((await lookup(`secret=${secret}`, '10.0.0.1')).statusCode).toBe(200);
    const vi = await lookup(`phoneLast4=${RIGHT_DIGITS}`, '10.0.0.1');
    expect(vi.statusCode).toBe(429);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json().title).toContain('mã tra cứu in trên giấy tiếp nhận');
    expect(Number(vi.headers['retry-after'])).toBe(PHONE_DIGITS_CAP.windowMs / 1000);
    expect((await lookup(`phoneLast4=${RIGHT_DIGITS}`, '10.0.0.1', 'en')).json().title).toContain(
      'look-up secret printed on the receipt',
    );
  });

  it('after the cooling period the digits work again, and right tries never count against the cap', async () => {
    clock += PHONE_DIGITS_CAP.windowMs;
    for (let i = 0; i < PHONE_DIGITS_CAP.maxFailures + 2; i++)
      expect((await lookup(`phoneLast4=${RIGHT_DIGITS}`, '10.0.0.2')).statusCode).toBe(200);
  });

  it('one address past its limit of wrong pairs gets 429 with Retry-After, whatever it sends', async () => {
    for (let i = 0; i < LOOKUP_THROTTLE.maxFailures; i++)
      expect((await lookup('secret=AAAAAA', '10.0.0.3')).statusCode).toBe(404);
    const refused = await lookup(`secret=${secret}`, '10.0.0.3');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().type).toBe('urn:motcua:problem:lookup.throttled');
    expect(Number(refused.headers['retry-after'])).toBe(LOOKUP_THROTTLE.windowMs / 1000);
  });
});
