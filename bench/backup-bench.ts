import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restorePglite } from '../apps/server/src/backup/pglite-backup.ts';
import { startServer } from '../e2e/support/server.ts';
import { lowerIsBetter, type Bench } from './harness.ts';

const MB = 1e6;

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

/**
 * The full demo on the embedded database (issue 15 "Backups"): backed up through the running server's admin route,
 * then restored into a new directory. Baselines: the data directory itself (size) and a plain copy of it (time).
 */
export const backupBench: Bench = {
  name: 'backup',
  run: async () => {
    const work = mkdtempSync(join(tmpdir(), 'motcua-bench-backup-'));
    const file = join(work, 'demo.tar.gz');
    const server = await startServer({ LOG_LEVEL: 'warn' });
    let dataBytes: number;
    let backupSeconds: number;
    try {
      dataBytes = sizeOf(server.dataDir!);
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'motcua-demo' }),
      });
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      [, backupSeconds] = await timed(async () => {
        const res = await fetch(`${server.url}/api/v1/admin/backup`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`backup: ${res.status} ${await res.text()}`);
        writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      });
    } finally {
      await server.stop();
    }
    const restored = join(work, 'restored');
    const [, restoreSeconds] = await timed(() => restorePglite(file, restored));
    const [, copySeconds] = await timed(() => cpSync(restored, join(work, 'copy'), { recursive: true }));
    const backupBytes = statSync(file).size;
    rmSync(work, { recursive: true, force: true });
    return [
      lowerIsBetter({
        name: 'backup of the full demo (PGlite, via server)',
        unit: 'MB',
        figure: backupBytes / MB,
        baseline: dataBytes / MB,
        baselineName: 'data directory',
        goal: 'report',
        extra: `taken in ${backupSeconds.toFixed(1)} s while serving`,
      }),
      lowerIsBetter({
        name: 'restore of the full demo (PGlite)',
        unit: 's',
        figure: restoreSeconds,
        baseline: copySeconds,
        baselineName: 'cp -r of the data',
        goal: 'report',
      }),
    ];
  },
};
