import Fastify from 'fastify';
import { buildApp } from '../apps/server/src/app.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { openPglite } from '../apps/server/src/db/open-database.ts';
import { higherIsBetter, type Bench } from './harness.ts';
import { load } from './load.ts';

async function measure(
  app: { listen: (o: { port: number; host: string }) => Promise<string>; close: () => Promise<unknown> },
  path: string,
) {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    await load(`${address}${path}`, { seconds: 1 }); // warm up
    return await load(`${address}${path}`, { seconds: 5 });
  } finally {
    await app.close();
  }
}

/** `GET /api/health` through the whole app (hooks, guard, headers) against a bare Fastify route. */
export const healthBench: Bench = {
  name: 'health',
  run: async () => {
    const bare = Fastify();
    bare.get('/api/health', async () => ({ status: 'ok' }));
    const baseline = await measure(bare, '/api/health');

    const database = await openPglite(null);
    await runMigrations(database);
    const app = await buildApp({
      config: { LOG_LEVEL: 'silent', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
      db: database.db,
    });
    const full = await measure(app, '/api/health');
    await database.close();
    return [
      higherIsBetter({
        name: 'GET /api/health (full app)',
        unit: 'req/s',
        figure: full.requestsPerSecond,
        baseline: baseline.requestsPerSecond,
        baselineName: 'bare Fastify',
        goal: 'report (first row of the harness)',
        extra: `p99 ${full.p99Ms} ms vs ${baseline.p99Ms} ms; errors ${full.errors + full.non2xx}`,
      }),
    ];
  },
};
