import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import pg from 'pg';
import { createDatabaseIfMissing } from '../db/open-database.ts';

/** `pg_dump -Fc` of the database at `url` as a stream: custom format, compressed, restorable table by table. */
export function pgDumpStream(url: string): { stream: Readable; done: Promise<void> } {
  const child = spawn('pg_dump', ['--format=custom', '--dbname', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  return { stream: child.stdout, done: finished(child, 'pg_dump') };
}

export async function backupPg(url: string, file: string): Promise<void> {
  const child = spawn('pg_dump', ['--format=custom', '--file', file, '--dbname', url], { stdio: 'pipe' });
  await finished(child, 'pg_dump');
}

/**
 * Restores into the database at `target` (created when missing), refusing one that already has tables. Objects are
 * owned by the restoring role (`--no-owner`): run it with the owner's URL (DATABASE_ADMIN_URL where there is one).
 * Grants are left out (`--no-acl`): the app role may not exist where it is restored, and the next start grants it
 * its rights again (db/app-role.ts).
 */
export async function restorePg(file: string, target: string): Promise<void> {
  await createDatabaseIfMissing(target);
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    const tables = await client.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
    if (tables.rows[0].n > 0) throw new Error(`the database at ${redact(target)} is not empty: restore into a new one`);
  } finally {
    await client.end();
  }
  const child = spawn('pg_restore', ['--exit-on-error', '--no-owner', '--no-acl', '--dbname', target, file], {
    stdio: 'pipe',
  });
  await finished(child, 'pg_restore');
}

function finished(child: ReturnType<typeof spawn>, name: string): Promise<void> {
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${name}: ${error.message} (is postgresql-client installed?)`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}: ${errors}`))));
  });
}

const redact = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');
