// Writes the API's OpenAPI document (as served at /api/docs/json) to the file named by the first argument,
// from the app built on an empty in-memory database: `npm run lint:openapi` lints it with Redocly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from '../apps/server/src/app.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { openPglite } from '../apps/server/src/db/open-database.ts';

const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: openapi-document.ts <file.json>');
const database = await openPglite(null);
await runMigrations(database);
const app = await buildApp({
  config: { LOG_LEVEL: 'warn', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
  db: database.db,
});
await app.ready();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(app.swagger(), null, 2));
await app.close();
await database.close();
