import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { seedIfEmpty, type FirstStart } from '../db/first-start.ts';
import { agency, agencyCenter, appUser } from '../db/schema/index.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { DEMO_AGENCIES, PROVINCE_CENTER } from './demo-agencies.ts';
import { demoPeople } from './demo-people.ts';
import { seedDemoCatalog } from './catalog-seed.ts';
import { seedDemoBranches } from './demo-branches.ts';
import { seedDemoCounters } from './demo-counters.ts';
import { seedDemoDossiers } from './dossiers-seed.ts';

export type DemoOptions = {
  password: string;
  /** The demo's "now" (`MOTCUA_DEMO_NOW`, else the clock): the live window of dossiers ends there. */
  now?: Date;
  /** The demo dossiers of DESIGN §9 (2014 and the live window): opt-in, so that tests seed fast. */
  dossiers?: boolean | { liveScale?: number };
};

export type Progress = (message: string) => void;

/** The demo's first start (DESIGN §3, §9): the province center of Quảng Ninh and the demo world in it. */
export function demoFirstStart(options: DemoOptions, progress: Progress = () => {}): FirstStart {
  return {
    kind: 'demo',
    center: PROVINCE_CENTER,
    prepare: async () => {
      // One hash for every demo log-in: they share one well-known password, so separate salts protect nothing.
      const passwordHash = await hashPassword(options.password);
      return (tx, centerId) => {
        if (!centerId) throw new Error('the demo seeds into its own center');
        return seedDemoWorld(tx, centerId, passwordHash, options, progress);
      };
    },
  };
}

/** An empty database seeded with the demo, once (tests, benchmarks). */
export const seedDemoIfEmpty = (db: Database, options: DemoOptions, progress?: Progress): Promise<boolean> =>
  seedIfEmpty(db, demoFirstStart(options, progress));

/** The demo's agencies, log-ins, catalog and counters, and with `dossiers` its dossiers, in the first start's transaction. */
async function seedDemoWorld(
  tx: Transaction,
  centerId: string,
  passwordHash: string,
  options: DemoOptions,
  progress: Progress,
): Promise<void> {
  progress(`demo: ${DEMO_AGENCIES.length} agencies`);
  await tx
    .insert(agency)
    .values(DEMO_AGENCIES.map((a) => ({ ...a, centerId, effectiveFrom: PROVINCE_CENTER.effectiveFrom })));
  // The catalog step adds the 2025 successors: the log-ins of `nnmt` come after it.
  await seedDemoCatalog(tx, centerId, new Date(`${PROVINCE_CENTER.effectiveFrom}T00:00:00+07:00`), progress);
  const agencies = await tx
    .select({ id: agency.id, slug: agency.slug })
    .from(agency)
    .where(eq(agency.centerId, centerId));
  const agencyId = new Map(agencies.map((a) => [a.slug, a.id]));
  // Each demo agency serves at the province center (DESIGN §13: where an agency serves is data).
  await tx.insert(agencyCenter).values(agencies.map((a) => ({ agencyId: a.id, centerId })));
  const people = demoPeople();
  progress(`demo: ${people.length} users`);
  await tx.insert(appUser).values(
    people.map((p) => ({
      centerId,
      agencyId: p.agencySlug ? agencyId.get(p.agencySlug)! : null,
      username: p.username,
      fullName: p.fullName,
      passwordHash,
      roles: p.roles,
    })),
  );
  await seedDemoCounters(tx, centerId, progress);
  await seedDemoBranches(tx, centerId, passwordHash, options.now ?? new Date(), progress);
  if (options.dossiers) {
    const liveScale = typeof options.dossiers === 'object' ? options.dossiers.liveScale : undefined;
    await seedDemoDossiers(tx, centerId, { now: options.now ?? new Date(), passwordHash, liveScale }, progress);
  }
}
