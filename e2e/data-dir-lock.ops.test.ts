import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { receiveWithScan } from './support/receptions.ts';
import { removeDataDir, repoRoot, startServer, type RunningServer } from './support/server.ts';
import { apiSignedIn } from './support/sessions.ts';

// Short lease times (the defaults are a beat every 2 s and a take-over after 30 s): the waits below pass the stale
// time many times over, so only the beats can keep the second server out.
const LEASE = { MOTCUA_LOCK_BEAT_MS: '200', MOTCUA_LOCK_STALE_MS: '2000' };

/** Runs the server in a PID namespace of its own (another container on the same volume) and waits for its exit. */
function startInOwnPidNamespace(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const main = join(repoRoot, 'apps/server/src/main.ts');
  const child = spawn('unshare', ['--pid', '--fork', process.execPath, '--import', 'tsx', main], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Whether the dossier `id` is found by its agency's counter on the server at `url`. */
async function found(url: string, id: string): Promise<number> {
  const api = await apiSignedIn(url, 'congan.counter');
  try {
    return (await api.get(`/api/v1/dossiers/${id}`)).status();
  } finally {
    await api.dispose();
  }
}

describe('the embedded database lock across PID namespaces (issue 15 item 2)', () => {
  let server: RunningServer | undefined;
  let keep: string | undefined;
  afterAll(async () => {
    await server?.stop();
    if (keep) removeDataDir(keep);
  });

  it('a second server in another PID namespace refuses while the first beats; the acknowledged reception stays', async () => {
    server = await startServer(LEASE);
    const dataDir = server.dataDir!;
    const counter = await apiSignedIn(server.url, 'congan.counter');
    const dossier = await receiveWithScan(counter);
    await counter.dispose();
    // The namespace hides the holder: the PID the old lock trusted looks dead from in there.
    const probe = spawnSync('unshare', ['--pid', '--fork', 'kill', '-0', String(server.process.pid)]);
    expect(probe.status).not.toBe(0);
    const startedBeat = JSON.parse(readFileSync(join(dataDir, 'motcua.lock'), 'utf8')).beat as number;
    await new Promise((resolve) => setTimeout(resolve, 3 * Number(LEASE.MOTCUA_LOCK_STALE_MS)));

    const second = await startInOwnPidNamespace({ ...LEASE, MOTCUA_DATA_DIR: dataDir });
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(/already in use by another motcua process \(pid \d+ on .+, last heartbeat/);
    expect(second.output).not.toMatch(/ready in [\d.]+ s/);
    expect(JSON.parse(readFileSync(join(dataDir, 'motcua.lock'), 'utf8')).beat).toBeGreaterThan(startedBeat);
    expect(await found(server.url, dossier.id)).toBe(200);

    // Stopped cleanly (not through stop(), which removes the copied data) and started again: the reception is there.
    const first = server.process;
    const stopped = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    first.kill('SIGTERM');
    expect(await stopped).toBe(0);
    keep = dataDir;
    const again = await startServer({ ...LEASE, MOTCUA_DATA_DIR: dataDir });
    server = again;
    expect(await found(again.url, dossier.id)).toBe(200);
  });

  it('fencing: a server whose lease was taken exits at once, non-zero, saying why', async () => {
    const lock = join(server!.dataDir!, 'motcua.lock');
    const exited = new Promise<number | null>((resolve) => server!.process.on('exit', (code) => resolve(code)));
    writeFileSync(lock, JSON.stringify({ token: 'another-server', beat: Date.now(), pid: 1, host: 'container-b' }));
    expect(await exited).not.toBe(0);
    expect(server!.output()).toMatch(/fatal: the lock .* is no longer ours \(now held by pid 1 on container-b\)/);
    server = undefined;
  });
});
