import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { openConfiguredDatabase } from './open-configured.ts';
import { sessionCookie } from '../test/test-app.ts';
import { receiveDossier } from '../test/dossier-builders.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrationPlan, runMigrations } from '../db/migrate.ts';
import { openPg } from '../db/open-database.ts';
import { resultRows } from '../db/result-rows.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'motcua-demo-test';
const suffix = randomBytes(5).toString('hex');
const role = `motcua_app_${suffix}`;
const databases = [`motcua_role_${suffix}`, `motcua_role_start_${suffix}`];
const urlOf = (database: string, user?: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (user) [url.username, url.password] = [user, 'app-secret'];
  return url.toString();
};

/** The error code PostgreSQL answers a statement with (42501: insufficient_privilege). */
async function sqlState(handle: DatabaseHandle, statement: string): Promise<string | undefined> {
  const error = await handle.db.execute(sql.raw(statement)).then(
    () => undefined,
    (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
  );
  return error;
}

/** DESIGN §14, issue 15 item 11: migrations run as the owner, the app as a role without DDL or UPDATE/DELETE on events. */
describe('the app role on a server database', () => {
  let owner: DatabaseHandle;
  let appDb: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    owner = await openPg(urlOf(databases[0]!));
    await runMigrations(owner, { name: role, password: 'app-secret', database: databases[0]! });
    await seedDemoIfEmpty(owner.db, { password: PASSWORD });
    appDb = await openPg(urlOf(databases[0]!, role));
    const config = { LOG_LEVEL: 'silent', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' } as const;
    app = await buildApp({ config, db: appDb.db });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await appDb?.close();
    await owner?.close();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const name of databases) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`drop role if exists "${role}"`);
    await admin.end();
  });

  it('connects as the app role, which is neither superuser nor owner', async () => {
    const [me] = resultRows<{ user: string; super: boolean }>(
      await appDb.db.execute(
        sql`select current_user as user, rolsuper as super from pg_roles where rolname = current_user`,
      ),
    );
    expect(me).toEqual({ user: role, super: false });
  });

  it.each([
    ['UPDATE on events', 'update dossier_event set payload = payload'],
    ['DELETE on events', 'delete from dossier_event'],
    ['TRUNCATE on events', 'truncate dossier_event'],
    ['UPDATE on the personal-data access log', 'update personal_data_access set ground = ground'],
    ['DELETE on the personal-data access log', 'delete from personal_data_access'],
    ['UPDATE on stored originals', 'update document_blob set bytes = bytes'],
    ['disabling the append-only trigger', 'alter table dossier_event disable trigger dossier_event_no_update_delete'],
    ['dropping the append-only trigger', 'drop trigger dossier_event_no_update_delete on dossier_event'],
    ['creating a table', 'create table intruder (id int)'],
    ['altering a table', 'alter table dossier add column intruder int'],
  ])('refuses %s: permission denied', async (_what, statement) => {
    expect(await sqlState(appDb, statement)).toBe('42501');
  });

  it('receives a dossier at the counter, its event and all', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'congan.counter', password: PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const received = await receiveDossier({ app }, { procedure: 'cap ho chieu', cookie: sessionCookie(login) });
    const [events] = resultRows<{ n: number }>(
      await appDb.db.execute(
        sql`select count(*)::int as n from dossier_event where dossier_id = ${received.dossier.id}`,
      ),
    );
    expect(events?.n).toBeGreaterThan(0);
  });

  it('starts from the configuration: migrates as DATABASE_ADMIN_URL, serves as DATABASE_URL', async () => {
    const messages: string[] = [];
    const config = loadConfig({
      DATABASE_URL: urlOf(databases[1]!, role),
      DATABASE_ADMIN_URL: urlOf(databases[1]!),
      MOTCUA_ADMIN_PASSWORD: 'a-long-admin-password',
    });
    const handle = await openConfiguredDatabase(config, (m) => messages.push(m));
    try {
      const [me] = resultRows<{ user: string }>(await handle.db.execute(sql`select current_user as user`));
      expect(me?.user).toBe(role);
      expect(await sqlState(handle, 'delete from dossier_event')).toBe('42501');
      expect(messages.some((m) => m.startsWith('warning'))).toBe(false);
    } finally {
      await handle.close();
    }
  });

  it('refuses an owner URL that names another database', () => {
    const settings = { DATABASE_URL: urlOf('one', role), DATABASE_ADMIN_URL: urlOf('other') };
    expect(() => migrationPlan(settings, () => {})).toThrow(/same database/);
  });

  it('warns when one URL serves both, and then grants nothing', () => {
    const messages: string[] = [];
    const plan = migrationPlan({ DATABASE_URL: urlOf('x') }, (m) => messages.push(m));
    expect(plan.appRole).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^warning: .*DATABASE_ADMIN_URL/);
  });
});
