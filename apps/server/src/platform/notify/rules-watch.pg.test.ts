import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createRulesCache, startRulesWatch, type RulesWatch } from './rules-watch.ts';

// `*.pg.test.ts`: only the server has a connection to lose, so this runs in the server-pg project only.
describe('the rules watch when its listener connection drops', () => {
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

  it('trusts nothing while it cannot hear, and starts a new generation once it listens again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const cache = createRulesCache<number>(watch);
      let reads = 0;
      const read = async () => ++reads;
      await cache('k', read);
      const before = watch.generation();
      const killed = resultRows(
        await database.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`,
        ),
      );
      expect(killed).toHaveLength(1);
      await vi.waitFor(() => expect(watch.generation()).toBeNull(), { timeout: 5_000, interval: 10 });
      // Changes made now are not heard: every read goes to the database.
      expect([await cache('k', read), await cache('k', read)]).toEqual([2, 3]);
      await vi.waitFor(() => expect(watch.generation()).not.toBeNull(), { timeout: 20_000, interval: 50 });
      expect(watch.generation()).not.toBe(before);
      expect(await cache('k', read)).toBe(4);
      expect(await cache('k', read)).toBe(4);
    } finally {
      errors.mockRestore();
    }
  });
});
