// `npm run restore -- <file> [<target>]`: a backup of `npm run backup` (or of GET /api/v1/admin/backup) into a new
// place: a pg_dump file into the database at <target> (default DATABASE_URL), a PGlite tarball into the directory
// <target> (default MOTCUA_DATA_DIR). Both refuse a target that already holds data.
import { openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../apps/server/src/config.ts';
import { restorePglite } from '../apps/server/src/backup/pglite-backup.ts';
import { restorePg } from '../apps/server/src/backup/pg-backup.ts';

const [name, targetArg] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run restore -- <file> [<target database URL or data directory>]');
  process.exit(2);
}
const here = process.env.INIT_CWD ?? process.cwd();
const file = resolve(here, name);
const started = performance.now();
try {
  const config = loadConfig();
  // The file says which engine made it: pg_dump's custom format starts with "PGDMP", the tarball is gzip.
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  let target: string;
  if (head.toString() === 'PGDMP') {
    target = targetArg ?? config.DATABASE_URL ?? '';
    if (!target) throw new Error('a pg_dump backup needs a target database URL (argument or DATABASE_URL)');
    await restorePg(file, target);
    target = target.replace(/\/\/[^@/]*@/, '//…@');
  } else {
    target = targetArg ? resolve(here, targetArg) : config.MOTCUA_DATA_DIR;
    await restorePglite(file, target);
  }
  console.log(`[motcua] restored ${file} into ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[motcua] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
