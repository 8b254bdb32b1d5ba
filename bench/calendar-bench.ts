import {
  astronomicalSolarToLunar,
  createWorkingCalendar,
  createWorkingClock,
  dueMoment,
  FIRST_DAY,
  LAST_DAY,
  lunarOfDay,
  parseLocalDate,
  startOfDay,
  type Deadline,
} from '../packages/core/src/calendar/index.ts';
import { minuteWalkDue } from '../packages/core/src/calendar/minute-walk.ts';
import { higherIsBetter, opsPerSecond, type Bench } from './harness.ts';

const SAMPLES = 1024; // a power of two: inputs are picked with `i & (SAMPLES - 1)`

/** A fixed pseudo-random sequence, so that every run measures the same inputs. */
function* random(seed: number): Generator<number> {
  for (let s = seed; ;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

/** Receptions on whole minutes of 2014–2026 with limits of 1–20 working days. */
function deadlines(): Deadline[] {
  const r = random(2014);
  const first = startOfDay(parseLocalDate('2014-01-01'));
  const span = 13 * 365 * 1440;
  return Array.from({ length: SAMPLES }, () => ({
    start: first + Math.floor(r.next().value * span) * 60_000,
    limit: { value: 1 + Math.floor(r.next().value * 20), unit: 'days' as const },
  }));
}

function solarDays(): number[] {
  const r = random(1900);
  return Array.from({ length: SAMPLES }, () => FIRST_DAY + Math.floor(r.next().value * (LAST_DAY - FIRST_DAY + 1)));
}

const pick = <T>(items: readonly T[], i: number): T => items[i & (SAMPLES - 1)] as T;
const rate = (n: number) => Math.round(n).toLocaleString('en-US');

export const calendarBench: Bench = {
  name: 'calendar',
  async run() {
    const startedAt = performance.now();
    lunarOfDay(FIRST_DAY); // builds the lunar table unless an earlier bench did
    const tableMs = performance.now() - startedAt;
    const clock = createWorkingClock(createWorkingCalendar());
    const inputs = deadlines();
    for (const d of inputs) {
      // Both sides must agree before their speed means anything; this also builds the year tables.
      if (dueMoment(clock, d) !== minuteWalkDue(clock, d.start, d.limit.value * 450))
        throw new Error(`due differs for ${d.start}`);
    }
    const dues = opsPerSecond((i) => dueMoment(clock, pick(inputs, i)));
    const walks = opsPerSecond((i) => {
      const d = pick(inputs, i);
      return minuteWalkDue(clock, d.start, d.limit.value * 450);
    });
    const days = solarDays();
    const table = opsPerSecond((i) => lunarOfDay(pick(days, i)));
    const astronomical = opsPerSecond((i) => astronomicalSolarToLunar(pick(days, i)));
    return [
      higherIsBetter({
        name: 'calendar: due computations',
        unit: 'due/s',
        figure: dues,
        baseline: walks,
        baselineName: 'minute-by-minute walk',
        goal: '≥ 1,000,000/s',
        extra: `${rate(dues)} due/s, ${dues >= 1_000_000 ? 'goal met' : 'BELOW GOAL'}; 1–20 working days from 2014–2026`,
      }),
      higherIsBetter({
        name: 'calendar: lunar conversions',
        unit: 'conv/s',
        figure: table,
        baseline: astronomical,
        baselineName: 'astronomical algorithm',
        goal: '≥ 10×',
        extra: `${rate(table)} conv/s; table built on first use in ${tableMs.toFixed(1)} ms`,
      }),
    ];
  },
};
