import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sharedDir } from './server.ts';

/** Runs `../shared/contract-check.mjs` (DESIGN §11) against a running server for the given groups. */
export function runContractCheck(url: string, groups: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(sharedDir, 'contract-check.mjs'), url, ...groups], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
