import { defineConfig } from 'drizzle-kit';

// One set of migrations for both drivers (DESIGN §3): generated from the schema, committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/server/src/db/schema/index.ts',
  out: './apps/server/src/db/migrations',
});
