import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../apps/server/src/backup/backup-fingerprint.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { openPg, openPglite } from '../apps/server/src/db/open-database.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { repoRoot } from './support/server.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(join(tmpdir(), 'motcua-backup-commands-'));

/** `npm run <script> -- <args>` as an operator types it; answers its exit code and output. */
function npmRun(script: string, args: string[], env: Record<string, string>) {
  const run = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const databaseUrl = (name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

describe('npm run backup / npm run restore (issue 15 "Backups")', () => {
  const databases: string[] = [];
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const name of databases) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  it('on the embedded database: refused while a server holds it, then backed up and restored identical', async () => {
    const dataDir = join(work, 'data');
    const held = await openPglite(dataDir);
    await runMigrations(held);
    await seedDemoIfEmpty(held.db, { password: 'motcua-demo-test' });
    const before = await fingerprint(held.db);
    const file = join(work, 'embedded.tar.gz');
    const refused = npmRun('backup', [file], { MOTCUA_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/already in use[\s\S]*back it up through it[\s\S]*\/api\/v1\/admin\/backup/);
    await held.close();

    const backup = npmRun('backup', [file], { MOTCUA_DATA_DIR: dataDir });
    expect(backup.output).toMatch(/backup: .*embedded\.tar\.gz, [\d.]+ MB/);
    expect(backup.code).toBe(0);
    const target = join(work, 'restored');
    expect(npmRun('restore', [file, target], {}).code).toBe(0);
    const again = npmRun('restore', [file, target], {});
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/is not empty/);
    const restored = await openPglite(target);
    try {
      expect(await fingerprint(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  });

  it('on a PostgreSQL server: pg_dump -Fc, restored into a new database identical', async () => {
    const source = `motcua_bk_${randomBytes(4).toString('hex')}`;
    const target = `${source}_restored`;
    databases.push(source, target);
    const handle = await openPg(databaseUrl(source));
    await runMigrations(handle);
    await seedDemoIfEmpty(handle.db, { password: 'motcua-demo-test' });
    const before = await fingerprint(handle.db);
    await handle.close();
    const file = join(work, 'server.dump');
    const backup = npmRun('backup', [file], { DATABASE_URL: databaseUrl(source) });
    expect(backup.code, backup.output).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
    expect(npmRun('restore', [file, databaseUrl(target)], {}).code).toBe(0);
    expect(npmRun('restore', [file, databaseUrl(target)], {}).output).toMatch(/is not empty: restore into a new one/);
    const restored = await openPg(databaseUrl(target));
    try {
      expect(await fingerprint(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  });
});
