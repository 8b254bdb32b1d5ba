import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { DEMO_PASSWORD } from './test-app.ts';
import { createTestDatabase } from './test-database.ts';

/**
 * The whole app at the most verbose log level (`trace`) on a fresh seeded database, every log line kept: for the test
 * that nothing personal reaches a log (DESIGN §14). Unlike `createTestApp` (level info), the log is the subject here.
 */
export async function createTraceTestApp(
  extraRoutes: (app: FastifyInstance, db: DatabaseHandle['db']) => void,
): Promise<{ app: FastifyInstance; logs: string[]; close: () => Promise<void> }> {
  const database = await createTestDatabase();
  await seedDemoIfEmpty(database.db, { password: DEMO_PASSWORD });
  const logs: string[] = [];
  const deps: AppDeps = {
    config: { LOG_LEVEL: 'trace', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
    db: database.db,
    logStream: new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) }),
    extraRoutes: (app) => extraRoutes(app, database.db),
  };
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    logs,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
