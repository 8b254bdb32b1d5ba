import type { Config } from '../config.ts';
import { leaseTiming, wantsDemoData } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrationPlan, runMigrations } from '../db/migrate.ts';
import { openPg, openPglite } from '../db/open-database.ts';
import { productionFirstStart, seedIfEmpty } from '../db/first-start.ts';
import { demoFirstStart, type Progress } from '../demo/seed.ts';

/** Opens the database the configuration names, migrates it and seeds it when empty: with the demo, or for production. */
export async function openConfiguredDatabase(config: Config, progress: Progress): Promise<DatabaseHandle> {
  const plan = config.DATABASE_URL ? migrationPlan({ ...config, DATABASE_URL: config.DATABASE_URL }, progress) : null;
  const handle = plan ? await openPg(plan.adminUrl) : await openPglite(config.MOTCUA_DATA_DIR, leaseTiming(config));
  try {
    progress(
      config.DATABASE_URL ? 'database: PostgreSQL server' : `database: embedded PGlite in ${config.MOTCUA_DATA_DIR}`,
    );
    await runMigrations(handle, plan?.appRole);
    const demo = {
      password: config.MOTCUA_DEMO_PASSWORD,
      now: config.MOTCUA_DEMO_NOW ? new Date(config.MOTCUA_DEMO_NOW) : new Date(),
      dossiers: true,
    };
    // A real installation starts with its admin only: the admin area creates the province's own center (DESIGN §13).
    const start = wantsDemoData(config)
      ? demoFirstStart(demo, progress)
      : productionFirstStart(config.MOTCUA_ADMIN_PASSWORD);
    const seeded = await seedIfEmpty(handle.db, start);
    if (seeded) progress('database: seeded');
    // Migrated and seeded as the owner; served as the app's own role (DESIGN §14).
    if (plan?.appRole && config.DATABASE_URL) return await reopenAs(handle, config.DATABASE_URL);
    if (!seeded) return handle;
    if (handle.driver !== 'pglite') return handle;
    // The demo's bulk load leaves the embedded engine's memory grown: serve from a fresh one (DESIGN §10: RSS under 500 MB).
    await handle.close();
    return await openPglite(config.MOTCUA_DATA_DIR, leaseTiming(config));
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function reopenAs(owner: DatabaseHandle, appUrl: string): Promise<DatabaseHandle> {
  const app = await openPg(appUrl);
  await owner.close();
  return app;
}
