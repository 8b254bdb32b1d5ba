import { cccdFacts, type Applicant } from '@motcua/core';

type Person = Extract<Applicant, { kind: 'person' }>;
const pad = (n: number) => String(n).padStart(2, '0');

/** The demo citizen whose identity counts as verified by the national identity log-in (DESIGN §11 portal, §15). */
export const IDENTITY_VERIFIED_CITIZEN = 'congdan.0001';

/**
 * A demo citizen's account data, the same whatever the demo's "now": the e-mail (`congdan.0001@example.com`, a
 * domain reserved for examples, so that no demo mail reaches a real person), verified; a profile from the person
 * they apply as; a birth date in the year their CCCD encodes (TT 07/2016/TT-BCA), the day drawn from its digits.
 */
export function demoCitizenProfile(username: string, person: Person) {
  const { birthYear } = cccdFacts(person.cccd);
  const month = (Number(person.cccd.slice(6, 8)) % 12) + 1;
  const day = (Number(person.cccd.slice(8, 10)) % 28) + 1;
  return {
    email: `${username}@example.com`,
    cccd: person.cccd,
    phone: person.phone,
    birthDate: `${birthYear}-${pad(month)}-${pad(day)}`,
    address: person.address,
    identityVerified: username === IDENTITY_VERIFIED_CITIZEN,
  };
}
