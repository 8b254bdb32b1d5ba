// `npm run bench`: every benchmark prints its rows, each a figure against a baseline measured in the
// same run (DESIGN §10). `npm run bench -- health calendar` runs only the named ones.
import { formatRow, type Bench } from './harness.ts';

const all: Record<string, () => Promise<Bench>> = {
  health: async () => (await import('./health-bench.ts')).healthBench,
  calendar: async () => (await import('./calendar-bench.ts')).calendarBench,
  catalog: async () => (await import('./catalog-bench.ts')).catalogBench,
  reception: async () => (await import('./reception-bench.ts')).receptionBench,
  report: async () => (await import('./report-bench.ts')).reportBench,
  lookup: async () => (await import('./lookup-bench.ts')).lookupBench,
  backup: async () => (await import('./backup-bench.ts')).backupBench,
  fuzz: async () => (await import('./fuzz-bench.ts')).fuzzBench,
  web: async () => (await import('./web-bench.ts')).webBench,
};

const wanted = process.argv.slice(2).filter((a) => a in all);
for (const name of wanted.length ? wanted : Object.keys(all)) {
  let bench: Bench;
  try {
    bench = await all[name]!();
  } catch (error) {
    console.log(`${name}: not available (${(error as Error).message})`);
    continue;
  }
  for (const row of await bench.run()) console.log(formatRow(row));
}
