import { asc, count, eq, isNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { agency, appUser, center, counter, field, procedureVersion } from '../db/schema/index.ts';
import { inForceOn } from '../modules/catalog/catalog-repo.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { seedDemoCounters } from './demo-counters.ts';
import { seedDemoIfEmpty } from './seed.ts';

describe('seeding an empty database with the demo', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('loads the 24 demo agencies with their codes in order, their 2025 successors, the catalog, the demo log-ins and counters, once', async () => {
    handle = await createTestDatabase();
    expect(await seedDemoIfEmpty(handle.db, { password: 'motcua-demo' })).toBe(true);
    const agencies = await handle.db
      .select({
        id: agency.id,
        code: agency.code,
        slug: agency.slug,
        effectiveTo: agency.effectiveTo,
        successorId: agency.successorId,
      })
      .from(agency)
      .orderBy(asc(agency.code));
    expect(agencies.slice(0, 24).map((a) => a.code)).toEqual(
      Array.from({ length: 24 }, (_, i) => `000.00.${String(i + 1).padStart(2, '0')}.H49`),
    );
    expect(agencies[0]).toMatchObject({ slug: 'congan', effectiveTo: null });
    expect(agencies[23]).toMatchObject({ slug: 'nhnn' });
    const bySlug = new Map(agencies.map((a) => [a.slug, a]));
    // DESIGN §4: Transport merged into Construction in 2025.
    expect(bySlug.get('gtvt')).toMatchObject({ effectiveTo: '2025-06-30', successorId: bySlug.get('xaydung')!.id });
    const [inForce] = await handle.db.select({ n: count() }).from(procedureVersion).where(inForceOn('2026-11-25'));
    expect(inForce!.n).toBe(918);
    const [fields] = await handle.db.select({ n: count() }).from(field);
    expect(fields!.n).toBe(105);
    // Four log-ins in each of the 25 agencies, and a deputy in each of the 19 in force: 3–5 officers each (§9).
    const [province] = await handle.db.select({ id: center.id }).from(center).where(isNull(center.parentId));
    // The province center's own log-ins; the district and commune centers' are demo-branches.ts's (two each).
    const officers = await handle.db
      .select({ agencyId: appUser.agencyId, roles: appUser.roles })
      .from(appUser)
      .where(eq(appUser.centerId, province!.id));
    expect(officers).toHaveLength(2 + 25 * 4 + 19);
    const current = agencies.filter((a) => a.effectiveTo === null);
    expect(current.map((a) => a.slug)).toContain('nnmt');
    for (const a of current) {
      const staff = officers.filter((o) => o.agencyId === a.id);
      expect(staff.length, a.slug).toBe(5);
      // Each work role is held by two officers: whoever is away, a colleague can stand in.
      for (const role of ['counter', 'appraiser', 'approver'])
        expect(staff.filter((o) => o.roles.includes(role)).length, `${a.slug} ${role}`).toBe(2);
    }
    expect(await seedDemoIfEmpty(handle.db, { password: 'motcua-demo' })).toBe(false);
    // The counters' step again adds nothing and leaves each counter as it was.
    const provinceCounters = () =>
      handle!.db.select().from(counter).where(eq(counter.centerId, province!.id)).orderBy(asc(counter.number));
    const counters = await provinceCounters();
    expect(counters.map((c) => c.number)).toEqual([...Array.from({ length: 25 }, (_, i) => i + 1), 30, 31, 32]);
    // The counters follow the agencies: merged away in 2025, closed on the agency's last day; `nnmt` opens in 2025.
    const agencyOf = new Map(agencies.map((a) => [a.id, a]));
    for (const c of counters.filter((c) => c.agencyId !== null))
      expect(c.effectiveTo, c.name).toBe(agencyOf.get(c.agencyId!)!.effectiveTo);
    expect(counters.filter((c) => c.effectiveTo !== null).map((c) => c.number)).toEqual([2, 5, 7, 10, 13, 17]);
    expect(counters.find((c) => c.number === 25)).toMatchObject({
      name: 'Sở Nông nghiệp và Môi trường',
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    });
    await handle.db.transaction((tx) => seedDemoCounters(tx, province!.id, () => {}));
    expect(await provinceCounters()).toEqual(counters);
  });
});
