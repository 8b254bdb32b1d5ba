import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShutdown } from './shutdown.ts';

function recorder() {
  const done: string[] = [];
  const exits: number[] = [];
  const logs: string[] = [];
  const shutdown = createShutdown({
    log: (m) => void logs.push(m),
    exit: (code) => void exits.push(code),
    boundMs: 10_000,
  });
  const step = (name: string, stop: () => Promise<unknown> = async () => {}) =>
    shutdown.add(name, async () => {
      await stop();
      done.push(name);
    });
  return { shutdown, step, done, exits, logs };
}

describe('the graceful stop', () => {
  afterEach(() => vi.useRealTimers());

  it('stops in reverse order of start, once, then exits 0', async () => {
    const { shutdown, step, done, exits } = recorder();
    step('database');
    step('mail');
    step('http');
    await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect(done).toEqual(['http', 'mail', 'database']);
    expect(exits).toEqual([0]);
  });

  it('a failing step does not keep the database open: the rest runs and the exit code is 1', async () => {
    const { shutdown, step, done, exits } = recorder();
    step('database');
    step('mail', async () => {
      throw new Error('smtp gone');
    });
    step('http');
    await shutdown.run('SIGTERM');
    expect(done).toEqual(['http', 'database']);
    expect(exits).toEqual([1]);
  });

  it('a step that never ends is cut short by the bound: exit 1', async () => {
    vi.useFakeTimers();
    const { shutdown, step, exits, logs } = recorder();
    step('database');
    step('http', () => new Promise(() => {}));
    void shutdown.run('SIGTERM');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([1]);
    expect(logs.at(-1)).toContain('still stopping http');
  });
});
