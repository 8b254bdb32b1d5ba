// One starter of the lock race in data-dir-lock.pure.test.ts: says "ready", waits for the go file, tries to take
// the lock, says "won" or "refused", and exits without releasing (the lease stays fresh for the others).
import { existsSync } from 'node:fs';
import { lockDataDir } from '../db/data-dir-lock.ts';

const [dir, go] = process.argv.slice(2) as [string, string];
console.log('ready');
while (!existsSync(go)) {
  // spin: every racer leaves at the same moment
}
try {
  lockDataDir(dir, { timing: { beatMs: 60_000, staleAfterMs: 60_000 } });
  console.log('won');
} catch (error) {
  console.log(/already in use/.test((error as Error).message) ? 'refused' : `error ${(error as Error).message}`);
}
process.exit(0);
