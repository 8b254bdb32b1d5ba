/** One row of `npm run bench`: a figure against its baseline measured in the same run. */
export type BenchRow = {
  name: string;
  unit: string;
  figure: number;
  baseline: number;
  baselineName: string;
  /** figure / baseline when higher is better, baseline / figure when lower is better. */
  ratio: number;
  goal: string;
  extra?: string;
};

export type Bench = { name: string; run: () => Promise<BenchRow[]> };

export function higherIsBetter(row: Omit<BenchRow, 'ratio'>): BenchRow {
  return { ...row, ratio: row.figure / row.baseline };
}

export function lowerIsBetter(row: Omit<BenchRow, 'ratio'>): BenchRow {
  return { ...row, ratio: row.baseline / row.figure };
}

/** Calls `fn` repeatedly for about `ms` milliseconds and returns calls per second. */
export function opsPerSecond(fn: (i: number) => unknown, ms = 1000): number {
  let sink = 0;
  for (let i = 0; i < 1000; i++) sink ^= Number(Boolean(fn(i))); // warm up
  const started = performance.now();
  let calls = 0;
  while (performance.now() - started < ms) {
    for (let i = 0; i < 1000; i++) sink ^= Number(Boolean(fn(calls + i)));
    calls += 1000;
  }
  if (sink === 42) console.log(''); // keep the calls observable
  return calls / ((performance.now() - started) / 1000);
}

export function formatRow(row: BenchRow): string {
  const f = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
  return `${row.name.padEnd(44)} ${f(row.figure).padStart(12)} ${row.unit.padEnd(10)} baseline ${row.baselineName}: ${f(row.baseline).padStart(12)}  ratio ${row.ratio.toFixed(2).padStart(7)}  goal ${row.goal}${row.extra ? `  (${row.extra})` : ''}`;
}
