import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createChangeFeed, type ChangeFeed } from './change-feed.ts';
import { notifyDossierChanged, type DossierChange } from './dossier-notify.ts';

// `*.pg.test.ts`: only the server has a connection to lose (PGlite runs in this process), so this file runs in the server-pg project only.
describe('the change feed on the PostgreSQL server', () => {
  let database: DatabaseHandle;
  let feed: ChangeFeed;
  beforeAll(async () => {
    database = await createTestDatabase();
    feed = createChangeFeed(database.listen);
    await feed.start();
  });
  afterAll(async () => {
    await feed.close();
    await database.close();
  });

  it('listens again after the server drops its connection', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const killed = resultRows(
        await database.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`,
        ),
      );
      expect(killed).toHaveLength(1);
      const received: DossierChange[] = [];
      const stop = feed.subscribe({ agencyId: null }, (c) => received.push(c));
      const change = { centerId: randomUUID(), agencyId: randomUUID() };
      // Changes sent while the listener is away are lost; keep sending until one gets through.
      await vi.waitFor(
        async () => {
          await database.db.transaction((tx) => notifyDossierChanged(tx, change));
          expect(received).toContainEqual(change);
        },
        { timeout: 20_000, interval: 500 },
      );
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('database listener connection lost'));
      stop();
    } finally {
      errors.mockRestore();
    }
  });
});
