import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { LeaseTiming } from '../db/lock-lease.ts';
import { openPglite } from '../db/open-database.ts';
import { clientOf } from './database-client.ts';

/**
 * PGlite's own data-directory dump (a gzip tarball), taken between two queries of the running engine. The
 * checkpoint first puts committed pages in the files, so a restore replays little WAL (it would be whole anyway:
 * the directory is crash-consistent).
 */
export async function dumpPglite(client: PGlite): Promise<Blob> {
  await client.exec('checkpoint');
  return client.dumpDataDir('gzip');
}

/** A stopped embedded database, backed up by the command: it takes the lock first, so no server starts meanwhile. */
export async function backupStoppedPglite(dataDir: string, file: string, lease?: LeaseTiming): Promise<number> {
  if (!existsSync(`${dataDir}/PG_VERSION`)) throw new Error(`${dataDir} holds no database`);
  const handle = await openPglite(dataDir, lease);
  try {
    const dump = await dumpPglite(clientOf(handle.db) as PGlite);
    const bytes = Buffer.from(await dump.arrayBuffer());
    await writeFile(file, bytes);
    return bytes.length;
  } finally {
    await handle.close();
  }
}

/** Restores a dump into a new data directory: never over a database, so a wrong target loses nothing. */
export async function restorePglite(file: string, target: string): Promise<void> {
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new Error(`${target} is not empty: restore into a new directory`);
  const client = await PGlite.create({
    dataDir: target,
    loadDataDir: new Blob([await readFile(file)]),
    extensions: { pg_trgm, unaccent },
  });
  await client.close();
  // The dump holds the whole directory, the source's lease file with it: the restored copy is nobody's yet.
  for (const name of readdirSync(target))
    if (name.startsWith('motcua.lock')) rmSync(join(target, name), { force: true });
}
