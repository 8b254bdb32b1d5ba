import { buildApp } from '../apps/server/src/app.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { openPglite } from '../apps/server/src/db/open-database.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { higherIsBetter, lowerIsBetter, type Bench } from './harness.ts';
import { load } from './load.ts';

/**
 * Catalog search on the 918-procedure demo catalog (issue 5): `GET /api/v1/procedures?q=…` (folded,
 * trigram, ranked) against the plain indexed look-up of one procedure by its code, same app, same run.
 */
export const catalogBench: Bench = {
  name: 'catalog',
  run: async () => {
    const database = await openPglite(null);
    await runMigrations(database);
    await seedDemoIfEmpty(database.db, { password: 'motcua-demo' });
    const app = await buildApp({
      config: { LOG_LEVEL: 'silent', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
      db: database.db,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const code = (await (await fetch(`${address}/api/v1/procedures?q=ho%20chieu`)).json()).items[0].code;
      const search = `${address}/api/v1/procedures?q=${encodeURIComponent('giay phep lai xe')}`;
      const byCode = `${address}/api/v1/procedures/${code}`;
      await load(search, { seconds: 1, connections: 10 });
      await load(byCode, { seconds: 1, connections: 10 });
      const s = await load(search, { seconds: 5, connections: 10 });
      const c = await load(byCode, { seconds: 5, connections: 10 });
      return [
        higherIsBetter({
          name: 'catalog search (q, pglite)',
          unit: 'req/s',
          figure: s.requestsPerSecond,
          baseline: c.requestsPerSecond,
          baselineName: 'look-up by code',
          goal: 'report',
          extra: `errors ${s.errors + s.non2xx}`,
        }),
        lowerIsBetter({
          name: 'catalog search p99',
          unit: 'ms',
          figure: s.p99Ms,
          baseline: c.p99Ms,
          baselineName: 'look-up by code p99',
          goal: 'report',
        }),
      ];
    } finally {
      await app.close();
      await database.close();
    }
  },
};
