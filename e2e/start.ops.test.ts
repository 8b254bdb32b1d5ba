import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runContractCheck } from './support/contract.ts';
import { removeDataDir, startServer, startServerExpectingFailure, type RunningServer } from './support/server.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONTRACT_GROUPS = ['health', 'auth', 'errors', 'calendar', 'catalog', 'reports', 'notices', 'org', 'portal'];
/** Every check of every group passes, the centers of issue 17 (DESIGN §9, §13) included: no FAIL line, exit 0. */
function expectContract(check: ReturnType<typeof runContractCheck>) {
  const failed = check.output.split('\n').filter((line) => line.startsWith('FAIL '));
  expect(failed, check.output).toEqual([]);
  expect(check.output).toMatch(/\n\d+ passed, 0 failed\s*$/);
  expect(check.status).toBe(0);
}

describe('npm start on the embedded database', () => {
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    if (dataDir) removeDataDir(dataDir);
  });

  it('creates the database with the demo data and passes the contract check', async () => {
    server = await startServer({}, { fresh: true });
    dataDir = server.dataDir!;
    expect(server.output()).toContain('database: seeded');
    expectContract(runContractCheck(server.url, CONTRACT_GROUPS));
  });

  it('refuses a second process on the same data directory with a clear message', async () => {
    const second = await startServerExpectingFailure({ MOTCUA_DATA_DIR: dataDir! });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/already in use by another motcua process/);
  });

  it('a second start reuses the data', async () => {
    expect(await server!.stop()).toBe(0);
    server = await startServer({ MOTCUA_DATA_DIR: dataDir! });
    expect(server.output()).not.toContain('database: seeded');
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan.head', password: 'motcua-demo' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('npm start on a PostgreSQL server', () => {
  const name = `motcua_e2e_${randomBytes(5).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  });

  it('without MOTCUA_DEMO and without an admin password it refuses to start', async () => {
    const run = await startServerExpectingFailure({
      DATABASE_URL: url.toString(),
      MOTCUA_DEMO: '',
      MOTCUA_ADMIN_PASSWORD: '',
    });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/MOTCUA_ADMIN_PASSWORD/);
  });

  it('with MOTCUA_DEMO=1 creates the database, loads the demo and passes the contract check', async () => {
    const server = await startServer({ DATABASE_URL: url.toString(), MOTCUA_DEMO: '1' });
    try {
      expectContract(runContractCheck(server.url, CONTRACT_GROUPS));
    } finally {
      await server.stop();
    }
  });
});
