/**
 * What a national identity log-in does (DESIGN §15): the account whose identity number was verified this way is
 * found by that number, never by name or e-mail, and signed in; a signed-in citizen who started the log-in to link
 * their account gets the number verified on it; otherwise a new account is made. A number already verified on
 * another account is never moved (no takeover), nor is an account's verified number replaced by another.
 */
export type IdentityLoginCase = {
  /** The account holding this number as verified, if any. */
  verifiedOwner: string | null;
  /** The signed-in citizen linking their account, with the number already verified on it, if any. */
  linking: { userId: string; verifiedNumber: string | null } | null;
  identityNumber: string;
};

export type IdentityLoginOutcome =
  | { ok: true; action: 'sign_in'; userId: string }
  | { ok: true; action: 'link'; userId: string }
  | { ok: true; action: 'create' }
  | { ok: false; code: 'identity.linked_elsewhere' | 'identity.other_number' };

export function decideIdentityLogin(c: IdentityLoginCase): IdentityLoginOutcome {
  if (c.linking) {
    if (c.linking.verifiedNumber !== null && c.linking.verifiedNumber !== c.identityNumber)
      return { ok: false, code: 'identity.other_number' };
    if (c.verifiedOwner !== null && c.verifiedOwner !== c.linking.userId)
      return { ok: false, code: 'identity.linked_elsewhere' };
    return { ok: true, action: 'link', userId: c.linking.userId };
  }
  if (c.verifiedOwner !== null) return { ok: true, action: 'sign_in', userId: c.verifiedOwner };
  return { ok: true, action: 'create' };
}
