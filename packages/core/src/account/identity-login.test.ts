import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideIdentityLogin, type IdentityLoginCase, type IdentityLoginOutcome } from './identity-login.ts';

const N = '001203000001';
const M = '002203000002';

describe('decideIdentityLogin (DESIGN §15)', () => {
  // Written by hand: who holds the number verified, who is linking and with which verified number, what happens.
  it.each<[string, IdentityLoginCase, IdentityLoginOutcome]>([
    [
      'a new number makes an account',
      { verifiedOwner: null, linking: null, identityNumber: N },
      { ok: true, action: 'create' },
    ],
    [
      'a number verified on an account signs that account in',
      { verifiedOwner: 'u1', linking: null, identityNumber: N },
      { ok: true, action: 'sign_in', userId: 'u1' },
    ],
    [
      'a citizen links a new number',
      { verifiedOwner: null, linking: { userId: 'u2', verifiedNumber: null }, identityNumber: N },
      { ok: true, action: 'link', userId: 'u2' },
    ],
    [
      'linking again with the same number is harmless',
      { verifiedOwner: 'u2', linking: { userId: 'u2', verifiedNumber: N }, identityNumber: N },
      { ok: true, action: 'link', userId: 'u2' },
    ],
    [
      'a number verified on another account is never moved',
      { verifiedOwner: 'u1', linking: { userId: 'u2', verifiedNumber: null }, identityNumber: N },
      { ok: false, code: 'identity.linked_elsewhere' },
    ],
    [
      'an account verified with another number keeps it',
      { verifiedOwner: null, linking: { userId: 'u2', verifiedNumber: M }, identityNumber: N },
      { ok: false, code: 'identity.other_number' },
    ],
    [
      'both refusals: the account’s own number is named first',
      { verifiedOwner: 'u1', linking: { userId: 'u2', verifiedNumber: M }, identityNumber: N },
      { ok: false, code: 'identity.other_number' },
    ],
  ])('%s', (_why, given, expected) => {
    expect(decideIdentityLogin(given)).toEqual(expected);
  });

  const aUser = fc.constantFrom('u1', 'u2', 'u3');
  const aNumber = fc.constantFrom(N, M);
  const aCase = fc.record({
    verifiedOwner: fc.option(aUser, { nil: null }),
    linking: fc.option(fc.record({ userId: aUser, verifiedNumber: fc.option(aNumber, { nil: null }) }), { nil: null }),
    identityNumber: aNumber,
  });

  it('never hands a verified number’s account to anyone else, nor replaces an account’s verified number', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const outcome = decideIdentityLogin(c);
        if (!outcome.ok || outcome.action === 'create') {
          if (outcome.ok) expect(c.verifiedOwner).toBeNull();
          return;
        }
        if (c.verifiedOwner !== null) expect(outcome.userId).toBe(c.verifiedOwner);
        if (outcome.action === 'link') expect([null, c.identityNumber]).toContain(c.linking!.verifiedNumber);
      }),
    );
  });
});
