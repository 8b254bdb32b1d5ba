import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, MIN_PASSWORD_LENGTH } from './password-policy.ts';

// A stand-in for the server's leaked list: the test decides what is "common".
const LEAKED = new Set(['qwertyuiop123', 'correcthorsebatterystaple']);
const isCommon = (lower: string) => LEAKED.has(lower);

describe('password policy (DESIGN §13)', () => {
  it.each([
    ['11 characters', 'Xk7m-2wqp-9', 'nguyen.van.a', 'password.too_short'],
    ['11 letters with marks still count as 11', 'Mậtkhẩuđẹpq', 'nguyen.van.a', 'password.too_short'],
    ['the username inside', 'xx-nguyen.van.a-2026', 'nguyen.van.a', 'password.contains_username'],
    ['the username with other punctuation and case', 'NguyenVanA!2026zz', 'nguyen.van.a', 'password.contains_username'],
    ['on the leaked list, any case', 'QwertyUiop123', 'lan.tran', 'password.too_common'],
    ['a Vietnamese common word with digits around', 'Matkhau@123456', 'lan.tran', 'password.too_common'],
    ['the same word with its marks', 'Mật-khẩu 123456', 'lan.tran', 'password.too_common'],
    ['digits only', '123456789012', 'lan.tran', 'password.too_common'],
    ['one character repeated', 'aaaaaaaaaaaaaa', 'lan.tran', 'password.too_common'],
  ])('refuses %s', (_name, password, username, code) => {
    expect(checkPassword(password, username, isCommon)).toEqual({ ok: false, code });
  });

  it.each([
    ['a temporary password of readable groups', 'xk7m-2wqp-9thd-r4ne', 'nguyen.van.a'],
    ['exactly 12 characters', 'ba-con-meo-7', 'lan.tran'],
    ['a short username (under 3) is not looked for', 'ab-tre-xanh-2026', 'ab'],
    ['a passphrase in Vietnamese', 'Đồng lúa chín vàng 2026', 'lan.tran'],
  ])('accepts %s', (_name, password, username) => {
    expect(checkPassword(password, username, isCommon)).toEqual({ ok: true });
  });

  it('is never asked about the leaked list before the length is met', () => {
    const asked: string[] = [];
    checkPassword('short', 'lan.tran', (p) => (asked.push(p), false));
    expect(asked).toEqual([]);
  });

  it('any accepted password has at least 12 characters and does not contain the username', () => {
    // Usernames as the contract allows them, with at least 3 letters or digits (shorter ones are not looked for).
    const username = fc.stringMatching(/^[a-z0-9]{3}[a-z0-9._-]{0,10}$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), username, (password, user) => {
        if (!checkPassword(password, user, isCommon).ok) return;
        expect([...password].length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
        expect(password.toLowerCase()).not.toContain(user);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any password built around the username', () => {
    const username = fc.stringMatching(/^[a-z0-9]{3}[a-z0-9._-]{0,10}$/);
    fc.assert(
      fc.property(fc.string(), username, fc.string({ minLength: 12 }), (before, user, after) => {
        expect(checkPassword(before + user.toUpperCase() + after, user, isCommon)).toEqual({
          ok: false,
          code: 'password.contains_username',
        });
      }),
      { numRuns: 300 },
    );
  });
});
