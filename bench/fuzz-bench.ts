import { spawnSync } from 'node:child_process';
import { higherIsBetter, type Bench } from './harness.ts';

/**
 * Issue 15 "Fuzzing", deep: the fuzz test of `npm test` (apps/server/src/test/fuzz) with 1,000 inputs per operation
 * instead of 20, on the local PostgreSQL server. The figure is the share of inputs answered as they must be (a 4xx
 * problem+json, or a 2xx read), against the goal of all of them; the extra names the inputs and the 500s.
 */
export const fuzzBench: Bench = {
  name: 'fuzz',
  run: async () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 1000);
    const test = spawnSync(
      'npx',
      ['vitest', 'run', '--project', 'server-pg', 'apps/server/src/test/fuzz/fuzz.pg.test.ts'],
      { env: { ...process.env, FUZZ_RUNS: String(runs) }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const line = /fuzz: (\d+) operations × (\d+) inputs = (\d+) requests, (\d+) answered 500, (\d+) not/.exec(
      test.stdout,
    );
    if (!line) throw new Error(`the fuzz test printed no summary (exit ${test.status})`);
    const [operations, , inputs, errors, failures] = line.slice(1).map(Number) as number[];
    return [
      higherIsBetter({
        name: `fuzz: ${operations} operations × ${runs} inputs`,
        unit: 'share ok',
        figure: (inputs! - failures!) / inputs!,
        baseline: 1,
        baselineName: 'every input refused or read',
        goal: '1.00, 0 answered 500',
        extra: `${inputs} requests, ${errors} answered 500, ${failures} wrong answers, test ${test.status === 0 ? 'passed' : 'failed'}`,
      }),
    ];
  },
};
