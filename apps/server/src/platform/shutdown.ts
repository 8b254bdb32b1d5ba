import { connectionErrorSummary } from '../db/connection-errors.ts';

/** How long a graceful stop may take before the process exits anyway (DESIGN §14: within a bound). */
export const SHUTDOWN_BOUND_MS = 10_000;

export type Shutdown = {
  /** Registers what to stop; steps run in reverse order of registration (the database, opened first, closes last). */
  add(name: string, stop: () => Promise<unknown>): void;
  /** Runs every step once, then exits 0; 1 when a step failed or the bound passed. Later calls are ignored. */
  run(reason: string): Promise<void>;
};

/**
 * The graceful stop of the server (issue 15): stop accepting and finish in-flight requests, stop the workers,
 * close the database (which releases the data directory's lock). A step that fails does not keep the later ones
 * from running; a step that hangs is cut short by the bound.
 */
export function createShutdown(options: {
  log: (message: string) => void;
  exit: (code: number) => never | void;
  boundMs?: number;
}): Shutdown {
  const boundMs = options.boundMs ?? SHUTDOWN_BOUND_MS;
  const steps: { name: string; stop: () => Promise<unknown> }[] = [];
  let running: Promise<void> | null = null;

  async function stopAll(reason: string): Promise<void> {
    options.log(`${reason}: stopping (at most ${boundMs / 1000} s)`);
    // Not unref'd: a step waiting on nothing must not let the process end as if it had stopped cleanly.
    let current = '';
    const bound = setTimeout(() => {
      options.log(`still stopping ${current} after ${boundMs / 1000} s: exiting now`);
      options.exit(1);
    }, boundMs);
    let failed = false;
    for (const step of [...steps].reverse()) {
      current = step.name;
      try {
        await step.stop();
      } catch (error) {
        failed = true;
        options.log(`stopping ${step.name} failed: ${connectionErrorSummary(error)}`);
      }
    }
    clearTimeout(bound);
    options.log(failed ? 'stopped with errors' : 'stopped');
    options.exit(failed ? 1 : 0);
  }

  return {
    add: (name, stop) => void steps.push({ name, stop }),
    run: (reason) => (running ??= stopAll(reason)),
  };
}

/** SIGTERM and SIGINT (each, however often: a terminal sends SIGINT to the whole group, `npm start` forwards it too). */
export function stopOnSignals(shutdown: Shutdown): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown.run(signal));
}
