import { defineConfig } from 'vitest/config';

// One config, six projects: the core, the web's pure functions, the server's route tests on each database driver,
// the browser journeys, and the serial `ops` stage (DESIGN §10: tests that run several processes, such as
// `npm start` itself) that `.ci/run` runs after `npm test`.
// `*.pure.test.ts` files under the server need no database: they run once, in the PGlite project;
// `*.pg.test.ts` files test what only the PostgreSQL server has (connections to lose): server-pg only.
const serverTests = ['apps/server/src/**/*.test.ts'];
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      // The web's form mappers and problem kit: plain functions, so Node is enough (no DOM, no React).
      { test: { name: 'web', include: ['apps/web/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server-pglite',
          include: serverTests,
          exclude: ['**/node_modules/**', '**/*.pg.test.ts'],
          env: { MOTCUA_TEST_DRIVER: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-pg',
          include: serverTests,
          exclude: ['**/node_modules/**', '**/*.pure.test.ts'],
          env: { MOTCUA_TEST_DRIVER: 'pg' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'e2e/**/*.ops.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'ops',
          include: ['e2e/**/*.ops.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
