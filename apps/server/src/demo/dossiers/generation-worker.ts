import { parentPort, workerData } from 'node:worker_threads';
import { encodedBatches, type GenerationInput } from './encoded-batches.ts';
import { AHEAD } from './parallel-batches.ts';

/**
 * The worker thread's side of `parallelBatches`: generates and encodes the demo batches and posts them,
 * at most `AHEAD` unacknowledged at a time, so that memory stays flat while the database lags behind.
 */
const port = parentPort!;
let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits += 1;
  wake?.();
  wake = null;
});

for (const batch of encodedBatches(workerData as GenerationInput)) {
  if (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  port.postMessage(batch);
}
port.postMessage(null);
