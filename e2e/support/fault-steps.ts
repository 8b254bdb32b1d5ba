import { runMigrations } from '../../apps/server/src/db/migrate.ts';
import type { DatabaseHandle } from '../../apps/server/src/db/database.ts';
import { seedDemoIfEmpty } from '../../apps/server/src/demo/seed.ts';
import { startServer, type RunningServer } from './server.ts';
import { DEMO_PASSWORD } from './sessions.ts';

/** The demo's agencies, officers, catalog and counters without its dossiers: seeded in seconds, not minutes. */
export async function seedReference(handle: DatabaseHandle) {
  await runMigrations(handle);
  await seedDemoIfEmpty(handle.db, { password: DEMO_PASSWORD });
  await handle.close();
}

/** SIGKILL: no graceful stop, no lock released, transactions cut wherever they were. */
export async function kill(server: RunningServer) {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGKILL');
  await exited;
}

/** Starts the server again on the killed one's database; the lock of the dead process may hold it for a while. */
export async function restartAfterKill(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const started = Date.now();
  for (;;) {
    try {
      return await startServer(env);
    } catch (error) {
      if (!/already in use/.test(String(error)) || Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
