import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppDeps } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { createTestDatabase } from './test-database.ts';
import { startRulesWatch } from '../platform/notify/rules-watch.ts';

export const DEMO_PASSWORD = 'motcua-demo-test';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Everything the app logged, one JSON line each. */
  logs: string[];
  login: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
};

/** The whole app on a fresh database seeded with the demo reference data (agencies, demo log-ins). */
export async function createTestApp(options: Partial<Pick<AppDeps, 'now' | 'extraRoutes'>> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await seedDemoIfEmpty(database.db, { password: DEMO_PASSWORD });
  // As in main.ts: rules are cached until a change is heard, so every route test runs with the caches on.
  const rules = await startRulesWatch(database.listen);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({
    config: { LOG_LEVEL: 'info', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
    db: database.db,
    rules,
    logStream,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    logs,
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`log-in ${username}: ${res.statusCode} ${res.body}`);
      return sessionCookie(res);
    },
    close: async () => {
      await app.close();
      await rules.close();
      await database.close();
    },
  };
}

/** A test app whose life the hooks own: the handle of `useTestApp`, without `close`. */
export type TestAppHandle = Omit<TestApp, 'close'>;

/**
 * The app of the enclosing `describe` (or file): made in a `beforeAll` registered here, so the block's own
 * `beforeAll`s run after it, and closed in an `afterAll`, after the block's own ones. The handle reads the
 * app of the moment; before `beforeAll` has run it throws instead of handing out `undefined`.
 */
export function useTestApp(options: Parameters<typeof createTestApp>[0] = {}): TestAppHandle {
  let made: TestApp | undefined;
  beforeAll(async () => {
    made = await createTestApp(options);
  });
  afterAll(() => made?.close());
  const current = () => {
    if (!made) throw new Error('useTestApp: the app is made in beforeAll; use it in a hook or a test');
    return made;
  };
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    get logs() {
      return current().logs;
    },
    login: (username, password) => current().login(username, password),
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}
