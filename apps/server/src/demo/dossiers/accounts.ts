import { ROLE_LOGIN_SUFFIX, type Role } from '../catalog/core.ts';
import { demoFullName, type DemoPerson } from '../demo-people.ts';
import { demoCitizens } from './people.ts';
import { mulberry32 } from './random.ts';

/** Demo citizen accounts that own the online dossiers (DESIGN §6: an online dossier is its applicant's). */
export const DEMO_CITIZEN_COUNT = 1000;
const CITIZEN_SEED = 0xc1712e;

export type DemoAccount = DemoPerson & { person?: ReturnType<typeof demoCitizens>[number]['person'] };

/**
 * The log-ins the dossiers need beyond `demoPeople()`: officers of an agency it has none for (it names
 * every agency of the demo today, so none), named like the others, and the citizen accounts `congdan.0001`…
 */
export function dossierAccounts(
  agencySlugs: readonly string[],
  existing: ReadonlySet<string>,
  citizens = DEMO_CITIZEN_COUNT,
): DemoAccount[] {
  const officers: DemoAccount[] = [];
  let index = existing.size;
  for (const slug of agencySlugs) {
    for (const [role, suffix] of Object.entries(ROLE_LOGIN_SUFFIX)) {
      const username = `${slug}.${suffix}`;
      if (!existing.has(username))
        officers.push({ username, fullName: demoFullName(index++), roles: [role as Role], agencySlug: slug });
    }
  }
  const people = demoCitizens(citizens, mulberry32(CITIZEN_SEED)).map((c) => ({
    username: c.username,
    fullName: c.person.fullName,
    roles: ['citizen'] as Role[],
    agencySlug: null,
    person: c.person,
  }));
  return [...officers, ...people.filter((p) => !existing.has(p.username))];
}
