import { DEFAULT_OFFICE_HOURS, SEED_YEARLY_NOTICES, type Applicant } from '../catalog/core.ts';
import { demoAgencies, demoAgencyPeriods } from '../catalog/agencies.ts';
import { demoCatalog } from '../catalog/demo-catalog.ts';
import { demoPeople } from '../demo-people.ts';
import { PROVINCE_CENTER } from '../demo-agencies.ts';
import { branchCounterUsername, DEMO_BRANCH_CENTERS } from '../demo-centers.ts';
import { dossierAccounts } from './accounts.ts';
import { SHARED_DESKS } from '../counter-desks.ts';
import { worldFromData, type DemoWorld, type DemoWorldData } from './world.ts';

/**
 * The demo world without a database, for tests: the demo catalog, agencies and log-ins with made-up
 * ids (`agency:congan`, `user:congan.counter`, `center:000.30.01.H49`…) and the province center's default clock.
 */
export function memoryWorld(): DemoWorld {
  return worldFromData(memoryWorldData());
}

export function memoryWorldData(): DemoWorldData {
  const periods = new Map(demoAgencyPeriods().map((p) => [p.slug, p]));
  const agencies = demoAgencies().map((a) => ({
    id: `agency:${a.slug}`,
    slug: a.slug,
    code: a.code,
    effectiveFrom: periods.get(a.slug)!.effectiveFrom,
    effectiveTo: periods.get(a.slug)!.effectiveTo,
  }));
  const procedures = demoCatalog().procedures.map(({ code, version, effectiveFrom, effectiveTo, ...content }) => ({
    id: `procedure:${code}:${version}`,
    agencyId: `agency:${content.agencySlug}`,
    fieldId: `field:${content.fieldCode}`,
    code,
    version,
    effectiveFrom,
    effectiveTo,
    content,
  }));
  const people = demoPeople();
  const accounts = [
    ...people,
    ...dossierAccounts(
      agencies.map((a) => a.slug),
      new Set(people.map((p) => p.username)),
    ),
  ];
  return {
    centerId: `center:${PROVINCE_CENTER.code}`,
    centerName: PROVINCE_CENTER.name,
    agencies,
    procedures,
    officers: accounts
      .filter((a) => a.agencySlug)
      .map((a) => ({
        id: `user:${a.username}`,
        username: a.username,
        agencyId: `agency:${a.agencySlug}`,
        roles: a.roles,
      })),
    citizens: accounts.flatMap((a) =>
      'person' in a && a.person
        ? [
            {
              id: `user:${a.username}`,
              username: a.username,
              person: a.person as Extract<Applicant, { kind: 'person' }>,
            },
          ]
        : [],
    ),
    // The agencies' own counters and the shared desks, as demo-counters.ts seeds them.
    counters: [
      ...agencies.map((a) => ({ id: `counter:${a.slug}`, number: Number(a.code.split('.')[2]), agencyId: a.id })),
      ...SHARED_DESKS.map(([number]) => ({ id: `counter:${number}`, number, agencyId: null })),
    ],
    // The district and commune centers with their counter and its officer, as demo-branches.ts seeds them.
    branches: DEMO_BRANCH_CENTERS.map((c) => ({
      id: `center:${c.code}`,
      code: c.code,
      name: c.name,
      level: c.level,
      effectiveFrom: c.effectiveFrom,
      effectiveTo: c.effectiveTo,
      counterId: `counter:${c.code}`,
      officerId: `user:${branchCounterUsername(c)}`,
    })),
    notices: SEED_YEARLY_NOTICES,
    officeHours: DEFAULT_OFFICE_HOURS,
  };
}
