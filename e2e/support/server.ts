import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedDir = join(repoRoot, '..', 'shared');

export type RunningServer = { url: string; output: () => string; stop: () => Promise<number | null>; process: ChildProcess };

/**
 * Starts the real server (`apps/server/src/main.ts`, as `npm start` does) on a free port and waits for
 * its "ready" line. By default on a fresh embedded database in a temporary directory.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/server/src/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', MOTCUA_DATA_DIR: freshDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const ready = /ready in [\d.]+ s at (http:\/\/\S+?)\/?\s/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the server expecting it to fail at start; resolves with its exit code and output. */
export async function startServerExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  try {
    const server = await startServer(env);
    await server.stop();
    return { code: 0, output: server.output() };
  } catch (error) {
    const message = String((error as Error).message);
    const code = Number(/exited with (\d+)/.exec(message)?.[1] ?? NaN);
    return { code, output: message };
  }
}

export const freshDataDir = () => join(mkdtempSync(join(tmpdir(), 'motcua-e2e-')), 'data');
