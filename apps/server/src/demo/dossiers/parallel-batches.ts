import { Worker } from 'node:worker_threads';
import { encodedBatches, type EncodedBatch, type GenerationInput } from './encoded-batches.ts';

/** Batches the worker may run ahead of the database by. */
export const AHEAD = 2;

/**
 * The demo batches made in a worker thread while this thread writes the previous ones: generating
 * and writing each take about half of the load, and PGlite runs in this thread, so on two cores the
 * first start takes the longer of the two instead of their sum (DESIGN §10: first start under 60 s).
 * The worker is TypeScript like the rest: it is loaded through tsx, as `npm start` loads the server;
 * without tsx, the batches are made here.
 */
export async function* parallelBatches(input: GenerationInput): AsyncGenerator<EncodedBatch> {
  const tsx = tsxApi();
  if (!tsx) return yield* encodedBatches(input);
  const entry = new URL('./generation-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  const queue: (EncodedBatch | null)[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => (wake?.(), (wake = null));
  worker.on('message', (batch: EncodedBatch | null) => (queue.push(batch), notify()));
  worker.on('error', (error) => ((failure = error), notify()));
  worker.on(
    'exit',
    (code) => (
      (failure ??= code === 0 ? null : new Error(`demo dossiers: the generation worker stopped (${code})`)),
      notify()
    ),
  );
  try {
    for (;;) {
      while (queue.length === 0 && failure === null) await new Promise<void>((resolve) => (wake = resolve));
      const batch = queue.shift();
      if (batch === undefined) throw failure;
      if (batch === null) return;
      yield batch;
      worker.postMessage('ack');
    }
  } finally {
    await worker.terminate();
  }
}

function tsxApi(): string | null {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
}
