import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { startRulesWatch, type RulesWatch } from '../platform/notify/rules-watch.ts';
import { completeTicks } from '../test/complete-ticks.ts';
import { getProcedure, makeApplicant, postCommand, signInAtCounter } from '../test/dossier-builders.ts';
import { openTcpGate } from '../test/tcp-gate.ts';
import { DEMO_PASSWORD } from '../test/test-app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { isConnectionError } from '../db/connection-errors.ts';
import { runMigrations } from '../db/migrate.ts';
import { openPg } from '../db/open-database.ts';
import { resultRows } from '../db/result-rows.ts';

// `*.pg.test.ts`: only the server has connections to lose. The app reaches PostgreSQL through a relay the test
// cuts (an outage of the shared server that the other test files do not see).
const serverUrl = new URL(process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const name = `motcua_test_${randomBytes(6).toString('hex')}`;

describe('the server while PostgreSQL cannot be reached', () => {
  let gate: Awaited<ReturnType<typeof openTcpGate>>;
  let database: DatabaseHandle;
  let rules: RulesWatch;
  let app: FastifyInstance;
  let errors: ReturnType<typeof vi.spyOn>;
  let url: string;
  beforeAll(async () => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    gate = await openTcpGate({ host: serverUrl.hostname, port: Number(serverUrl.port || 5432) });
    const gated = new URL(serverUrl);
    gated.host = `127.0.0.1:${gate.port()}`;
    gated.pathname = `/${name}`;
    url = gated.toString();
    database = await openPg(url);
    await runMigrations(database);
    await seedDemoIfEmpty(database.db, { password: DEMO_PASSWORD });
    rules = await startRulesWatch(database.listen);
    app = await buildApp({
      config: { LOG_LEVEL: 'warn', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
      db: database.db,
      rules,
    });
  });
  afterAll(async () => {
    await gate.up().catch(() => {});
    await app?.close();
    await rules?.close();
    await database?.close();
    const admin = new pg.Client({ connectionString: serverUrl.toString() });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    errors.mockRestore();
  });

  const login = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'congan.counter', password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.headers['set-cookie']!.toString().split(';')[0]!;
  };

  it('a transaction whose connection the server terminates fails with a connection error; the process lives on', async () => {
    const admin = new pg.Client({ connectionString: serverUrl.toString() });
    await admin.connect();
    try {
      const failed = await database.db
        .transaction(async (tx) => {
          const [own] = resultRows<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
          // Idle in transaction, checked out of the pool: the driver emits `error` with no query to fail.
          await admin.query('select pg_terminate_backend($1)', [own!.pid]);
          await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringContaining('57P01')));
          await tx.execute(sql`select 1`);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(isConnectionError(failed)).toBe(true);
    } finally {
      await admin.end();
    }
    const [after] = resultRows<{ one: number }>(await database.db.execute(sql`select 1 as one`));
    expect(after!.one).toBe(1);
  });

  it('a BEGIN cut by the outage gives its connection back to the pool', async () => {
    const small = await openPg(url, { max: 1 });
    try {
      await small.db.execute(sql`select 1`); // the pool's one connection, idle
      gate.cutNextStatement();
      const failed = await small.db
        .transaction((tx) => tx.execute(sql`select 1`))
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(isConnectionError(failed)).toBe(true);
      // drizzle releases nothing when BEGIN fails: without the pool's own release, this waits for a connection in vain.
      const [row] = resultRows<{ one: number }>(await small.db.execute(sql`select 1 as one`));
      expect(row!.one).toBe(1);
    } finally {
      await small.close();
    }
  });

  it('answers 503 problem+json with Retry-After meanwhile, and serves again by itself once it is back', async () => {
    const cookie = await login();
    const procedure = await getProcedure({ app }, 'cap ho chieu');
    await signInAtCounter({ app }, cookie);
    const applicant = makeApplicant({ fullName: `Outage ${randomUUID().slice(0, 8)}` });
    const reception = {
      resultDelivery: 'counter',
      procedureCode: procedure.code,
      applicant,
      ticks: completeTicks(procedure.checklist),
    };
    const key = randomUUID();

    await gate.down();
    for (const res of [
      await app.inject({ url: '/api/v1/procedures?q=ho%20chieu', headers: { 'accept-language': 'en' } }),
      await postCommand({ app }, '/api/v1/dossiers', reception, cookie, key),
    ]) {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.json()).toMatchObject({ type: 'urn:motcua:problem:server.unavailable', status: 503 });
    }

    await gate.up();
    // The same command with the same key after the 503: received once, and a further repeat answers the same dossier.
    const first = await postCommand({ app }, '/api/v1/dossiers', reception, cookie, key);
    expect(first.statusCode, first.body).toBe(201);
    const repeat = await postCommand({ app }, '/api/v1/dossiers', reception, cookie, key);
    expect(repeat.json().dossier.id).toBe(first.json().dossier.id);
    const stored = resultRows<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from dossier where applicant_name = ${applicant.fullName}`,
      ),
    );
    expect(stored[0]!.n).toBe(1);
  });

  it('the rules listener comes back by itself after the outage', async () => {
    await vi.waitFor(() => expect(rules.generation()).not.toBeNull(), { timeout: 20_000, interval: 200 });
  });
});
