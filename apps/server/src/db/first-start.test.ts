import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { productionFirstStart, seedIfEmpty } from './first-start.ts';
import { agency, appUser, center, yearlyNotice } from './schema/index.ts';
import { createTestDatabase } from '../test/test-database.ts';

/** The start-up's center; not the demo's: db/ knows none (issue 12). */
const CENTER = { code: 'T01', name: 'Trung tâm thử nghiệm', level: 'province' as const, effectiveFrom: '2024-01-01' };

describe('the first start of a real installation', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('a real installation gets only its first admin, and refuses to start without a password', async () => {
    handle = await createTestDatabase();
    await expect(seedIfEmpty(handle.db, productionFirstStart(CENTER, undefined))).rejects.toThrow(
      /MOTCUA_ADMIN_PASSWORD/,
    );
    expect(await seedIfEmpty(handle.db, productionFirstStart(CENTER, 'a-long-admin-password'))).toBe(true);
    const users = await handle.db.select({ username: appUser.username, roles: appUser.roles }).from(appUser);
    expect(users).toEqual([{ username: 'admin', roles: ['admin'] }]);
    const [agencies] = await handle.db.select({ n: count() }).from(agency);
    expect(agencies!.n).toBe(0);
  });

  it('writes the shipped notices and the center it is given, once; a seeded database needs no password', async () => {
    handle = await createTestDatabase();
    expect(await seedIfEmpty(handle.db, productionFirstStart(CENTER, 'a-long-admin-password'))).toBe(true);
    expect(await handle.db.select({ code: center.code, name: center.name }).from(center)).toEqual([
      { code: 'T01', name: 'Trung tâm thử nghiệm' },
    ]);
    const [notices] = await handle.db.select({ n: count() }).from(yearlyNotice);
    expect(notices!.n).toBeGreaterThan(0);
    expect(await seedIfEmpty(handle.db, productionFirstStart(CENTER, undefined))).toBe(false);
  });
});
