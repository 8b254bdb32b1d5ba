import { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';
import { clientOf } from './database-client.ts';
import { dumpPglite } from './pglite-backup.ts';
import { pgDumpStream } from './pg-backup.ts';

export type BackupFile = { fileName: string; type: string; body: Readable };
export type BackupService = { download: () => Promise<BackupFile> };

/**
 * A backup of the running server's database (issue 15 "Backups"): the embedded one can only be read by the
 * process that holds it, so it is backed up through the server; the server database the same way for symmetry
 * (`npm run backup` does it without the server).
 */
export function createBackupService(deps: { db: Database; now: () => Date; log: FastifyBaseLogger }): BackupService {
  return {
    download: async () => {
      const stamp = deps.now().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
      const client = clientOf(deps.db);
      if (client instanceof PGlite) {
        const dump = await dumpPglite(client);
        return {
          fileName: `motcua-${stamp}.tar.gz`,
          type: 'application/gzip',
          body: Readable.fromWeb(dump.stream() as Parameters<typeof Readable.fromWeb>[0]),
        };
      }
      const { stream, done } = pgDumpStream(client.options.connectionString!);
      // A failure after the first bytes can only cut the download short: the log says why.
      done.catch((error: Error) => deps.log.error({ err: error }, 'backup: pg_dump failed'));
      return { fileName: `motcua-${stamp}.dump`, type: 'application/octet-stream', body: stream };
    },
  };
}
