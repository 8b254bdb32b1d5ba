import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle } from './database.ts';
import { appRoleOf, grantAppRole, type AppRole } from './app-role.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * The same committed migrations on both drivers (DESIGN §3). On a server, `appRole` (when the app connects as
 * a role of its own) is then granted what the app needs and no more (DESIGN §14).
 */
export async function runMigrations(handle: DatabaseHandle, appRole: AppRole | null = null): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
    if (appRole) await grantAppRole(handle.db, appRole);
  }
}

/**
 * Who migrates a server database (DESIGN §14): the owner of `DATABASE_ADMIN_URL`, then the app connects with
 * `DATABASE_URL` as a role without DDL and without UPDATE/DELETE on events. One URL for both: that role keeps
 * every right (it could disable the append-only triggers), which is allowed with a warning.
 */
export function migrationPlan(
  settings: { DATABASE_URL: string; DATABASE_ADMIN_URL?: string | undefined },
  warn: (message: string) => void,
): { adminUrl: string; appRole: AppRole | null } {
  const adminUrl = settings.DATABASE_ADMIN_URL ?? settings.DATABASE_URL;
  // The owner migrates the database the app then serves from: two names would leave the app's one unmigrated.
  if (new URL(adminUrl).pathname !== new URL(settings.DATABASE_URL).pathname)
    throw new Error('DATABASE_ADMIN_URL and DATABASE_URL must name the same database');
  const appRole = appRoleOf(settings.DATABASE_URL, adminUrl);
  if (!appRole) {
    warn(
      'warning: the app connects to the database as the role that migrates it, which may alter tables and disable the append-only triggers; set DATABASE_ADMIN_URL to the owner and DATABASE_URL to a role of the app (DESIGN §14)',
    );
  }
  return { adminUrl, appRole };
}
