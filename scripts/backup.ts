// `npm run backup -- <file>`: the database the configuration names (DATABASE_URL, else MOTCUA_DATA_DIR), backed up
// into <file>: pg_dump -Fc for a server, a gzip tarball of the data directory for the embedded database (README "Backups").
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { leaseTiming, loadConfig } from '../apps/server/src/config.ts';
import { backupStoppedPglite } from '../apps/server/src/backup/pglite-backup.ts';
import { backupPg } from '../apps/server/src/backup/pg-backup.ts';

const [name] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run backup -- <file>');
  process.exit(2);
}
// npm runs scripts from the project's root: a relative name is meant from where the command was typed.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), name);
const started = performance.now();
try {
  const config = loadConfig();
  if (config.DATABASE_URL) await backupPg(config.DATABASE_URL, file);
  else await backupStoppedPglite(config.MOTCUA_DATA_DIR, file, leaseTiming(config));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[motcua] backup: ${file}, ${(statSync(file).size / 1e6).toFixed(1)} MB in ${seconds} s`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[motcua] backup failed: ${message}`);
  if (/already in use/.test(message))
    console.error(
      '[motcua] a running server holds the embedded database: back it up through it, as the admin:\n' +
        '  curl -fsS -b "motcua_session=…" -o backup.tar.gz http://127.0.0.1:3000/api/v1/admin/backup',
    );
  process.exit(1);
}
