import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannonCli = require.resolve('autocannon/autocannon.js');

export type LoadResult = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };

/**
 * Loads a URL with autocannon from a second process, so that the load generator does not share an
 * event loop with the server measured. Bounded in time; loopback only.
 */
export function load(
  url: string,
  options: { seconds?: number; connections?: number; rate?: number } = {},
): Promise<LoadResult> {
  const args = [autocannonCli, '-j', '-c', String(options.connections ?? 20), '-d', String(options.seconds ?? 5)];
  if (options.rate) args.push('-R', String(options.rate));
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out);
      resolve({ requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    });
  });
}
