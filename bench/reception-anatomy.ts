import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';

type Hookable = { addHook: (name: 'onResponse', hook: (req: unknown, reply: { elapsedTime: number }) => void) => void };

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * What a reception's latency is made of (issue 14: "find what a reception waits on under CPU
 * contention"), measured inside the server's process while the paced load runs: the time Fastify
 * spends on a request (onRequest → onResponse), the event loop's delay (CPU the process could not get),
 * the wait for a pooled connection, and the round trips to PostgreSQL (its CPU included). The client's
 * latency minus the server's time is the wait before the request was read at all.
 */
export function probeReceptions(app: Hookable) {
  const served: number[] = [];
  const poolWaits: number[] = [];
  let queries = 0;
  let queryMs = 0;
  let active = false;
  app.addHook('onResponse', (_req, reply) => {
    if (active) served.push(reply.elapsedTime);
  });
  const connect = pg.Pool.prototype.connect;
  const query = pg.Client.prototype.query;
  // Only the bench process is patched, and only while a paced run is measured.
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    const started = performance.now();
    const done = (connect as (...a: unknown[]) => Promise<pg.PoolClient>).apply(this, args);
    if (active && done instanceof Promise) void done.then(() => poolWaits.push(performance.now() - started));
    return done;
  } as typeof connect;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const started = performance.now();
    const done = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (active && done instanceof Promise) {
      queries++;
      void done.finally(() => (queryMs += performance.now() - started)).catch(() => {});
    }
    return done;
  } as typeof query;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  return {
    start() {
      active = true;
      loop.enable();
    },
    /** One line for the bench row; restores the driver. */
    stop(receptions: number): string {
      active = false;
      loop.disable();
      pg.Pool.prototype.connect = connect;
      pg.Client.prototype.query = query;
      served.sort((a, b) => a - b);
      poolWaits.sort((a, b) => a - b);
      const perReception = receptions ? queryMs / receptions : NaN;
      return [
        `server p50 ${ms(percentile(served, 0.5))} p99 ${ms(percentile(served, 0.99))}`,
        `event-loop delay p99 ${ms(loop.percentile(99) / 1e6)}`,
        `pool wait p99 ${ms(percentile(poolWaits, 0.99))}`,
        `${(queries / Math.max(1, receptions)).toFixed(1)} round trips, ${ms(perReception)} in PostgreSQL per reception`,
      ].join('; ');
    },
  };
}
