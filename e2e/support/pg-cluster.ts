import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster of a test's own (DESIGN §10: faults are never injected into the shared server). */
export type PgCluster = {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url: (database: string) => string;
  port: number;
  /** `pg_ctl restart -m fast`: every session is terminated (57P01), the server is down for a moment, then back. */
  restart: () => void;
  /** Stops the cluster and removes its directory. */
  remove: () => void;
};

/** PostgreSQL's binaries: the newest version installed (Debian's layout), or those on PATH. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  try {
    const newest = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
    if (newest) return join(root, newest, 'bin');
  } catch {
    // not Debian's layout
  }
  return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** PostgreSQL refuses to run as root: as root, its binaries run as `postgres` (`runuser`), in directories it owns. */
function asPostgres(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const run = spawnSync(file, argv, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}${run.stderr}`);
}

/** initdb + pg_ctl start on a free loopback port, trust authentication, in a new directory under the system's tmp. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // fsync off: the faults here are the app's and the server's restarts, not the machine's power.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const pgCtl = (...args: string[]) => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), ...args]);
  pgCtl('-o', options, '-w', 'start');
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    restart: () => pgCtl('-o', options, '-m', 'fast', '-w', 'restart'),
    remove: () => {
      try {
        pgCtl('-m', 'immediate', '-w', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
