import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedDir = join(repoRoot, '..', 'shared');

export type RunningServer = {
  url: string;
  dataDir: string | null;
  output: () => string;
  stop: () => Promise<number | null>;
  process: ChildProcess;
};

export type StartOptions = {
  /** A first start on an empty embedded database, which seeds the demo (slow: the whole demo load). */
  fresh?: boolean;
};

/**
 * Starts the real server (`apps/server/src/main.ts`, as `npm start` does) on a free port and waits for
 * its "ready" line. By default on a copy of the demo database, loaded once for all the test runs of
 * the same sources (DESIGN §9: tests share one loaded copy); with `fresh`, on an empty one; with
 * `MOTCUA_DATA_DIR` or `DATABASE_URL` in `env`, on that database as it is.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  if ('MOTCUA_DATA_DIR' in env || 'DATABASE_URL' in env) return spawnServer(env);
  if (options.fresh) return spawnServer({ MOTCUA_DATA_DIR: freshDataDir(), ...env });
  const copy = freshDataDir();
  cpSync(await demoTemplate(env), copy, { recursive: true });
  const server = await spawnServer({ MOTCUA_DATA_DIR: copy, ...env });
  return {
    ...server,
    stop: async () => {
      const code = await server.stop();
      removeDataDir(copy);
      return code;
    },
  };
}

async function spawnServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/server/src/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
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
    dataDir: env.DATABASE_URL ? null : (env.MOTCUA_DATA_DIR ?? null),
    output: () => output,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the server expecting it to fail at start (on an empty database unless `env` names one); resolves with its exit code and output. */
export async function startServerExpectingFailure(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const own = 'MOTCUA_DATA_DIR' in env || 'DATABASE_URL' in env;
  const dataDir = own ? null : freshDataDir();
  try {
    const server = await spawnServer(dataDir ? { MOTCUA_DATA_DIR: dataDir, ...env } : env);
    await server.stop();
    return { code: 0, output: server.output() };
  } catch (error) {
    const message = String((error as Error).message);
    const code = Number(/exited with (\d+)/.exec(message)?.[1] ?? NaN);
    return { code, output: message };
  } finally {
    if (dataDir) removeDataDir(dataDir);
  }
}

/** Removes a data directory made by `freshDataDir` (with its temporary parent). */
export const removeDataDir = (dataDir: string) => rmSync(join(dataDir, '..'), { recursive: true, force: true });

export const freshDataDir = () => join(mkdtempSync(join(tmpdir(), 'motcua-e2e-')), 'data');

const TEMPLATE_PREFIX = 'motcua-e2e-demo-';
const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * What the demo data is made from: all of the server's and the core's sources (the demo world, the first
 * start, the features it calls, the rules) and the locked dependencies (PGlite's data format among them).
 */
const TEMPLATE_SOURCES = ['apps/server/src', 'packages/core/src', 'package-lock.json'];

/**
 * The key of the demo template built from the checkout at `root`: its sources, tests excluded, and the
 * demo's "now" and password (without `MOTCUA_DEMO_NOW` the live window ends at the clock: one template a day).
 */
export function templateKey(root: string, env: Record<string, string>): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort((a, b) => a.localeCompare(b))) add(join(path, name));
    } else if (!path.endsWith('.test.ts')) {
      hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
    }
  };
  for (const source of TEMPLATE_SOURCES) add(source);
  const setting = (name: string) => env[name] ?? process.env[name] ?? '';
  hash.update(
    `${setting('MOTCUA_DEMO_NOW') || new Date().toISOString().slice(0, 10)}|${setting('MOTCUA_DEMO_PASSWORD')}`,
  );
  return hash.digest('hex').slice(0, 16);
}

/**
 * The data directory of a first start with the demo, stopped cleanly (PGlite's directory is copied
 * only while no process holds it). Built once under a lock, by whichever test run comes first;
 * it appears complete or not at all (renamed into place), and older templates are removed.
 */
async function demoTemplate(env: Record<string, string>): Promise<string> {
  const template = join(tmpdir(), `${TEMPLATE_PREFIX}${templateKey(repoRoot, env)}`);
  const lock = `${template}.lock`;
  const started = Date.now();
  while (!existsSync(template)) {
    try {
      mkdirSync(lock);
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true }); // left by a run that died
      if (Date.now() - started > BUILD_TIMEOUT_MS)
        throw new Error(`the demo template ${template} was not built in time`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    try {
      if (!existsSync(template)) await buildTemplate(template, env);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return template;
}

async function buildTemplate(template: string, env: Record<string, string>): Promise<void> {
  for (const entry of readdirSync(tmpdir())) {
    const path = join(tmpdir(), entry);
    if (
      entry.startsWith(TEMPLATE_PREFIX) &&
      !entry.endsWith('.lock') &&
      path !== template &&
      Date.now() - statSync(path).mtimeMs > 3_600_000
    ) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  const building = freshDataDir();
  const server = await spawnServer({ ...env, MOTCUA_DATA_DIR: building });
  const code = await server.stop();
  if (code !== 0) throw new Error(`the demo template's server stopped with ${code}:\n${server.output()}`);
  renameSync(building, template);
  removeDataDir(building);
}
