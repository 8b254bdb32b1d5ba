import {
  addWorkingTime,
  dayOfInstant,
  instantOfWorked,
  workingTimeBetween,
  type Instant,
  type WorkingClock,
} from '../catalog/core.ts';
import { opening, WORKING_MINUTE } from './office-days.ts';
import { between, type Random } from './random.ts';

export type Timeliness = 'early' | 'onTime' | 'late';
type Window = { lo: Instant; hi: Instant; timeliness: Timeliness };
export type Bounds = { after: Instant | null; by: Instant | null };

/**
 * Where a resolution of the wanted timeliness can fall (DESIGN §5 "Classification"): early on a date
 * before the due date; on time on the due date, at or before the due moment; late after it. `from`
 * leaves room for the steps still to come; `bounds` keep it after or before an instant (a report's end).
 */
function windowOf(
  clock: WorkingClock,
  timeliness: Timeliness,
  from: Instant,
  due: Instant,
  bounds: Bounds,
  random: Random,
): Window | null {
  const dueDay = dayOfInstant(due);
  let lo = bounds.after === null ? from : Math.max(from, addWorkingTime(clock, bounds.after + 1, 0));
  let hi: Instant;
  if (timeliness === 'early') {
    hi = instantOfWorked(clock, clock.calendar.workingDayAfter(dueDay, -1), clock.schedule.dayMs); // 17:00 of the working day before
  } else if (timeliness === 'onTime') {
    lo = Math.max(lo, opening(clock, dueDay));
    hi = due;
  } else {
    lo = Math.max(lo, addWorkingTime(clock, due, 15 * WORKING_MINUTE));
    hi = addWorkingTime(clock, lo, Math.floor(between(random, 0.5, 8) * clock.schedule.dayMs));
  }
  if (bounds.by !== null) hi = Math.min(hi, bounds.by);
  return lo <= hi ? { lo, hi, timeliness } : null;
}

const FALLBACK: Record<Timeliness, readonly Timeliness[]> = {
  early: ['early', 'onTime'],
  onTime: ['onTime', 'early'],
  late: ['late'],
};

/**
 * The resolution instant (the result ready for return) for the planned timeliness, or the nearest one
 * possible (an early resolution cannot be on the due date's eve if the due date is today). Null when
 * none fits: the plan asked for the impossible.
 */
export function resolutionInstant(
  clock: WorkingClock,
  want: Timeliness,
  from: Instant,
  due: Instant,
  bounds: Bounds,
  random: Random,
): { at: Instant; timeliness: Timeliness } | null {
  for (const timeliness of FALLBACK[want]) {
    const window = windowOf(clock, timeliness, from, due, bounds, random);
    if (!window) continue;
    const span = workingTimeBetween(clock, window.lo, window.hi);
    // Early dossiers are mostly resolved well before the due date: a draw skewed towards the start.
    const u = timeliness === 'early' ? random() ** 1.6 : random();
    const at = addWorkingTime(clock, window.lo, Math.floor((span * u) / 1000) * 1000);
    return { at: Math.min(Math.max(at, window.lo), window.hi), timeliness };
  }
  return null;
}

/** `k` instants in order between `from` and `to` (working time), at fractions drawn at random. */
export function placeBetween(clock: WorkingClock, from: Instant, to: Instant, k: number, random: Random): Instant[] {
  const span = Math.max(0, workingTimeBetween(clock, from, to));
  const fractions = Array.from({ length: k }, () => random()).sort((a, b) => a - b);
  let last = from;
  return fractions.map((f) => {
    const at = Math.min(to, Math.max(last, addWorkingTime(clock, from, Math.floor((span * f) / 1000) * 1000)));
    last = at;
    return at;
  });
}

/** `ms` of working time after `at` (the instant an officer's next step falls on). */
export const later = (clock: WorkingClock, at: Instant, ms: number) =>
  addWorkingTime(clock, at, Math.max(0, Math.floor(ms / 1000) * 1000));
