import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../db/database.ts';
import { runMigrations } from '../db/migrate.ts';
import { openPg, openPglite } from '../db/open-database.ts';

/** Which driver this test project runs on (vitest.config.ts sets it per project). */
export const testDriver = (process.env.MOTCUA_TEST_DRIVER ?? 'pglite') as 'pglite' | 'pg';
const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the local
 * PostgreSQL server that is dropped on close (STYLE.md "Tests").
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDriver === 'pglite') {
    const handle = await openPglite(null);
    await runMigrations(handle);
    return handle;
  }
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPg(url.toString(), { max: 20 });
  await runMigrations(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropDatabase(name);
    },
  };
}

async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
