import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { SEED_YEARLY_NOTICES } from '@motcua/core';
import { agency, appUser, center, yearlyNotice } from '../db/schema/index.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { DEMO_AGENCIES, PROVINCE_CENTER } from './demo-agencies.ts';
import { demoPeople } from './demo-people.ts';
import { seedDemoCatalog } from './catalog-seed.ts';
import { seedDemoCounters } from './demo-counters.ts';
import { seedDemoDossiers } from './dossiers-seed.ts';

export type SeedOptions =
  | {
      kind: 'demo';
      password: string;
      /** The demo's "now" (`MOTCUA_DEMO_NOW`, else the clock): the live window of dossiers ends there. */
      now?: Date;
      /** The demo dossiers of DESIGN §9 (2014 and the live window): opt-in, so that tests seed fast. */
      dossiers?: boolean | { liveScale?: number };
    }
  | { kind: 'production'; adminPassword: string | undefined };

export type Progress = (message: string) => void;

/** Seeds an empty database once: the demo's reference data, or the first admin of a real installation. */
export async function seedIfEmpty(db: Database, options: SeedOptions, progress: Progress = () => {}): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(center);
  if ((row?.n ?? 0) > 0) return false;
  if (options.kind === 'production' && !options.adminPassword) {
    throw new Error(
      'This is a new database without demo data: set MOTCUA_ADMIN_PASSWORD for the first admin (or MOTCUA_DEMO=1 for the demo).',
    );
  }
  const passwordHash = await hashPassword(options.kind === 'demo' ? options.password : options.adminPassword!);
  await db.transaction(async (tx) => {
    // Reference data every installation starts with: the yearly notices we ship (DESIGN §5: 2025).
    const shippedAt = new Date(0);
    await tx
      .insert(yearlyNotice)
      .values(SEED_YEARLY_NOTICES.map((notice) => ({ year: notice.year, notice, updatedAt: shippedAt })));
    const [province] = await tx.insert(center).values(PROVINCE_CENTER).returning({ id: center.id });
    const centerId = province!.id;
    if (options.kind === 'production') {
      await tx
        .insert(appUser)
        .values({ centerId, username: 'admin', fullName: 'Quản trị hệ thống', passwordHash, roles: ['admin'] });
      return;
    }
    progress(`demo: ${DEMO_AGENCIES.length} agencies`);
    const agencies = await tx
      .insert(agency)
      .values(DEMO_AGENCIES.map((a) => ({ ...a, centerId, effectiveFrom: PROVINCE_CENTER.effectiveFrom })))
      .returning({ id: agency.id, slug: agency.slug });
    const agencyId = new Map(agencies.map((a) => [a.slug, a.id]));
    const people = demoPeople();
    progress(`demo: ${people.length} users`);
    // One hash for every demo log-in: they share one well-known password, so separate salts protect nothing.
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
    await seedDemoCatalog(tx, centerId, new Date(`${PROVINCE_CENTER.effectiveFrom}T00:00:00+07:00`), progress);
    await seedDemoCounters(tx, centerId, progress);
    if (options.dossiers) {
      const liveScale = typeof options.dossiers === 'object' ? options.dossiers.liveScale : undefined;
      await seedDemoDossiers(tx, centerId, { now: options.now ?? new Date(), passwordHash, liveScale }, progress);
    }
  });
  return true;
}

export async function findCenterId(db: Database, code: string): Promise<string | undefined> {
  const [row] = await db.select({ id: center.id }).from(center).where(eq(center.code, code));
  return row?.id;
}
