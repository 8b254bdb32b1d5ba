import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import type { DatabaseHandle } from '../apps/server/src/db/database.ts';
import { openPg } from '../apps/server/src/db/open-database.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { startRulesWatch } from '../apps/server/src/platform/notify/rules-watch.ts';
import { completeTicks } from '../apps/server/src/test/complete-ticks.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The whole app on a throwaway database of the PostgreSQL server, with the demo's people and catalog. */
export type DemoApp = {
  address: string;
  /** The database's own URL, for a baseline over the same server. */
  databaseUrl: string;
  /** The session cookie of `congan.counter`, signed in at Công an's counter (DESIGN §2). */
  cookie: string;
  /** A complete reception of "Cấp hộ chiếu phổ thông" for `POST /api/v1/dossiers`. */
  reception: Record<string, unknown>;
  stopApp: () => Promise<void>;
  /** Stops the app if it still runs, then drops the database. */
  drop: () => Promise<void>;
};

type App = Awaited<ReturnType<typeof buildApp>>;

/** `beforeListen` may add hooks (a probe) before the app starts answering. */
export async function startDemoApp(options: { beforeListen?: (app: App) => void } = {}): Promise<DemoApp> {
  const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database: DatabaseHandle = await openPg(url.toString(), { max: 10 });
  await runMigrations(database);
  await seedDemoIfEmpty(database.db, { password: 'motcua-demo' });
  // Wired as main.ts wires it: the rules watch lets receptions take their procedure and calendar from memory.
  const rules = await startRulesWatch(database.listen);
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
    db: database.db,
    rules,
  });
  options.beforeListen?.(app);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const cookie = await counterSession(address);
  const code = (await (await fetch(`${address}/api/v1/procedures?q=cap%20ho%20chieu`)).json()).items[0].code;
  const procedure = (await (await fetch(`${address}/api/v1/procedures/${code}`)).json()).procedure;
  const reception = {
    procedureCode: code,
    applicant: {
      kind: 'person',
      fullName: 'Trần Thị Bích Ngọc',
      cccd: '022195012345',
      phone: '0912345678',
      email: 'ngoc@example.vn',
      address: 'Hạ Long',
    },
    ticks: completeTicks(procedure.checklist),
    resultDelivery: 'counter',
  };
  let stopped: Promise<void> | undefined;
  const stopApp = () =>
    (stopped ??= (async () => {
      await app.close();
      await rules.close();
      await database.close();
    })());
  return {
    address,
    databaseUrl: url.toString(),
    cookie,
    reception,
    stopApp,
    drop: async () => {
      await stopApp();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Logs `congan.counter` in and signs it in at its agency's counter; returns the session cookie. */
async function counterSession(address: string): Promise<string> {
  const login = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'congan.counter', password: 'motcua-demo' }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const counters = (await (await fetch(`${address}/api/v1/counters`, { headers: { cookie } })).json()).items;
  const desk = counters.find((c: { agency: { slug: string } | null }) => c.agency?.slug === 'congan').id;
  // A command is JSON, a body-less one too (DESIGN §14).
  await fetch(`${address}/api/v1/counters/${desk}/session`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  return cookie;
}
