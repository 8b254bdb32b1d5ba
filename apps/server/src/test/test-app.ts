import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
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

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}
