import { asc, count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { agency, appUser } from '../schema/index.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { seedIfEmpty } from './seed.ts';

describe('seeding an empty database', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('loads the 24 demo agencies with their codes in order, and the demo log-ins, once', async () => {
    handle = await createTestDatabase();
    expect(await seedIfEmpty(handle.db, { kind: 'demo', password: 'motcua-demo' })).toBe(true);
    const agencies = await handle.db.select({ code: agency.code, slug: agency.slug }).from(agency).orderBy(asc(agency.code));
    expect(agencies).toHaveLength(24);
    expect(agencies[0]).toEqual({ code: '000.00.01.H49', slug: 'congan' });
    expect(agencies[23]).toEqual({ code: '000.00.24.H49', slug: 'nhnn' });
    const [users] = await handle.db.select({ n: count() }).from(appUser);
    expect(users!.n).toBe(2 + 24 * 4);
    expect(await seedIfEmpty(handle.db, { kind: 'demo', password: 'motcua-demo' })).toBe(false);
  });

  it('a real installation gets only its first admin, and refuses to start without a password', async () => {
    handle = await createTestDatabase();
    await expect(seedIfEmpty(handle.db, { kind: 'production', adminPassword: undefined })).rejects.toThrow(/MOTCUA_ADMIN_PASSWORD/);
    expect(await seedIfEmpty(handle.db, { kind: 'production', adminPassword: 'a-long-admin-password' })).toBe(true);
    const users = await handle.db.select({ username: appUser.username, roles: appUser.roles }).from(appUser);
    expect(users).toEqual([{ username: 'admin', roles: ['admin'] }]);
    const [agencies] = await handle.db.select({ n: count() }).from(agency);
    expect(agencies!.n).toBe(0);
  });
});
