import { SEED_YEARLY_NOTICES } from '@motcua/core';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { productionFirstStart, seedIfEmpty } from './first-start.ts';
import { agency, appUser, calendarAudit, center, holidayRule, seedMarker, yearlyNotice } from './schema/index.ts';
import { createTestDatabase } from '../test/test-database.ts';

describe('the first start of a real installation', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('a real installation gets only its first admin, and refuses to start without a password', async () => {
    handle = await createTestDatabase();
    await expect(seedIfEmpty(handle.db, productionFirstStart(undefined))).rejects.toThrow(/MOTCUA_ADMIN_PASSWORD/);
    expect(await seedIfEmpty(handle.db, productionFirstStart('a-long-admin-password'))).toBe(true);
    const users = await handle.db
      .select({ username: appUser.username, roles: appUser.roles, centerId: appUser.centerId })
      .from(appUser);
    expect(users).toEqual([{ username: 'admin', roles: ['admin'], centerId: null }]);
    const [agencies] = await handle.db.select({ n: count() }).from(agency);
    expect(agencies!.n).toBe(0);
  });

  it('writes the shipped notices and no center, once; "seeded" is its marker, not a count of centers', async () => {
    handle = await createTestDatabase();
    expect(await seedIfEmpty(handle.db, productionFirstStart('a-long-admin-password'))).toBe(true);
    expect(await handle.db.select({ code: center.code }).from(center)).toEqual([]);
    expect(await handle.db.select({ kind: seedMarker.kind }).from(seedMarker)).toEqual([{ kind: 'production' }]);
    const [notices] = await handle.db.select({ n: count() }).from(yearlyNotice);
    expect(notices!.n).toBeGreaterThan(0);
    // Still no center, yet seeded: a second start neither needs the password nor makes a second admin.
    expect(await seedIfEmpty(handle.db, productionFirstStart(undefined))).toBe(false);
    const [admins] = await handle.db.select({ n: count() }).from(appUser);
    expect(admins!.n).toBe(1);
  });

  it('ships the calendar at every start, writing (and auditing) only what this release changed', async () => {
    handle = await createTestDatabase();
    const start = productionFirstStart('a-long-admin-password');
    const audit = () =>
      handle!.db.select({ action: calendarAudit.action, subject: calendarAudit.subject }).from(calendarAudit);
    expect(await seedIfEmpty(handle.db, start)).toBe(true);
    const shipped = await audit();
    expect(shipped.filter((a) => a.action === 'notice.shipped').map((a) => a.subject)).toEqual([
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(shipped.filter((a) => a.action === 'rule.shipped').map((a) => a.subject)).toContain('national-day-adjacent');
    const [rules] = await handle.db.select({ n: count() }).from(holidayRule);
    expect(rules!.n).toBe(shipped.length - 4);

    expect(await seedIfEmpty(handle.db, start)).toBe(false);
    expect(await audit()).toHaveLength(shipped.length); // nothing changed: the calendar's revision stays

    // The 2026 notice as an older release shipped it (no Saturday worked): the next start brings the new one.
    const notice2026 = SEED_YEARLY_NOTICES.find((n) => n.year === 2026)!;
    await handle.db
      .update(yearlyNotice)
      .set({ notice: { ...notice2026, saturdaysWorked: [] } })
      .where(eq(yearlyNotice.year, 2026));
    expect(await seedIfEmpty(handle.db, start)).toBe(false);
    expect((await audit()).slice(shipped.length)).toEqual([{ action: 'notice.shipped', subject: '2026' }]);
    const [row] = await handle.db
      .select({ notice: yearlyNotice.notice })
      .from(yearlyNotice)
      .where(eq(yearlyNotice.year, 2026));
    expect(row!.notice).toEqual(notice2026);
  });
});
