import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCode, codeMailKeys, ONE_TIME_CODE } from './one-time-code.ts';

const T = 1_000_000;
const fresh = { expiresAt: T + ONE_TIME_CODE.ttlMs, tries: 0, usedAt: null };

describe('checkCode (DESIGN §15: an e-mail is verified by a one-time code)', () => {
  it.each([
    // state, matches, now → outcome (written by hand)
    ['a fresh right code', fresh, true, T, { ok: true }],
    ['a fresh wrong code: 4 tries left', fresh, false, T, { ok: false, code: 'account.code_invalid', triesLeft: 4 }],
    [
      'the 4th wrong try: 1 left',
      { ...fresh, tries: 3 },
      false,
      T,
      { ok: false, code: 'account.code_invalid', triesLeft: 1 },
    ],
    ['the 5th wrong try kills it', { ...fresh, tries: 4 }, false, T, { ok: false, code: 'account.code_expired' }],
    ['right on the 5th try', { ...fresh, tries: 4 }, true, T, { ok: true }],
    ['right after five wrong tries', { ...fresh, tries: 5 }, true, T, { ok: false, code: 'account.code_expired' }],
    ['right a millisecond before expiry', fresh, true, fresh.expiresAt - 1, { ok: true }],
    ['right at expiry', fresh, true, fresh.expiresAt, { ok: false, code: 'account.code_expired' }],
    ['right but used', { ...fresh, usedAt: T }, true, T, { ok: false, code: 'account.code_expired' }],
  ] as const)('%s', (_name, state, matches, now, expected) => {
    expect(checkCode(state, matches, now)).toEqual(expected);
  });

  it('never lets a code pass more than five tries, however they come', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (guesses) => {
        let tries = 0;
        let passed = -1;
        guesses.forEach((matches, i) => {
          const outcome = checkCode({ ...fresh, tries }, matches, T);
          tries += 1;
          if (outcome.ok && passed < 0) passed = i;
        });
        return passed < 0 || passed < ONE_TIME_CODE.maxTries;
      }),
    );
  });

  it('counts mails per e-mail from an address, whatever the case of the e-mail', () => {
    expect(codeMailKeys('Mai@Example.com', '10.0.0.1')).toEqual(codeMailKeys('mai@example.com', '10.0.0.1'));
    expect(codeMailKeys('mai@example.com', '10.0.0.1').address).not.toContain('mai');
  });
});
