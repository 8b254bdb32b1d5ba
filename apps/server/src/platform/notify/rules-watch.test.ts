import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createRulesCache, startRulesWatch, type RulesWatch } from './rules-watch.ts';

describe('the rules watch hears every change of the tables of rules, on both drivers', () => {
  let database: DatabaseHandle;
  let watch: RulesWatch;
  beforeAll(async () => {
    database = await createTestDatabase();
    watch = await startRulesWatch(database.listen);
  });
  afterAll(async () => {
    await watch.close();
    await database.close();
  });

  const heard = async (write: () => Promise<unknown>) => {
    const before = watch.generation();
    expect(before).not.toBeNull();
    await write();
    await vi.waitFor(() => expect(watch.generation()).not.toBe(before), { timeout: 5_000, interval: 10 });
  };

  // Statement triggers fire even when no row changes: the empty tables of a fresh database will do.
  it.each([
    [
      'procedure versions',
      sql`update procedure_version set name = name where code = (select min(code) from procedure_version)`,
    ],
    ['agencies', sql`update agency set name = name where code = (select min(code) from agency)`],
    ['fields', sql`update field set name = name where code = (select min(code) from field)`],
    ['accounts (a version names its author)', sql`update app_user set full_name = full_name where username = 'admin'`],
    ['yearly notices', sql`delete from yearly_notice where year = 1900`],
    ['office hours', sql`delete from center_office_hours where center_id is null`],
  ])('a statement on %s, even one that changes no row, run by hand', async (_name, statement) => {
    await heard(() => database.db.execute(statement));
  });

  it('hears nothing of a rolled-back change', async () => {
    const before = watch.generation();
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update agency set name = name`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A later notification on the same channel arrives after the one the rollback would have sent.
    let fence = false;
    const stop = await database.listen('motcua_rules', (payload) => void (fence ||= payload === 'fence'));
    await database.db.execute(sql`select pg_notify('motcua_rules', 'fence')`);
    await vi.waitFor(() => expect(fence).toBe(true), { timeout: 5_000, interval: 10 });
    await stop();
    expect(watch.generation()).toBe((before ?? 0) + 1); // the fence itself, nothing else
  });

  it('a cached value is read once while nothing changes, and again after a change is heard or made here', async () => {
    const cache = createRulesCache<number>(watch);
    let reads = 0;
    const read = async () => ++reads;
    expect(await cache('k', read)).toBe(1);
    expect(await cache('k', read)).toBe(1);
    expect(await cache('other', read)).toBe(2);
    await heard(() => database.db.execute(sql`update field set name = name`));
    expect(await cache('k', read)).toBe(3);
    watch.changed();
    expect(await cache('k', read)).toBe(4);
    expect(await cache('k', read)).toBe(4);
  });
});

describe('without a watch that hears, nothing is cached', () => {
  it.each([
    ['no watch at all', undefined],
    ['a watch whose listener is away', { generation: () => null, changed: () => {}, close: async () => {} }],
  ])('%s: every call reads', async (_name, watch) => {
    const cache = createRulesCache<number>(watch);
    let reads = 0;
    const read = async () => ++reads;
    expect([await cache('k', read), await cache('k', read), await cache('k', read)]).toEqual([1, 2, 3]);
  });
});
