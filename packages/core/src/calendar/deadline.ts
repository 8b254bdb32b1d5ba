import { z } from 'zod';
import type { Instant } from './local-date.ts';
import { timeOfDayMs, type TimeOfDay } from './office-hours.ts';
import {
  instantOfWorked,
  runningFrom,
  subtractWorkingTime,
  workedBetween,
  workingPointAt,
  type WorkingClock,
  type WorkingPoint,
} from './working-time.ts';

/** A procedure's time limit: N working days (N × a working day, 450 minutes) or N working hours. */
export const WorkingLimit = z.object({ value: z.int().positive(), unit: z.enum(['days', 'hours']) });
export type WorkingLimit = z.infer<typeof WorkingLimit>;

/** Per procedure: after a supplement the clock runs on (`pause`) or starts again with the full limit (`restart`). */
export const SuspensionMode = z.enum(['pause', 'restart']);
export type SuspensionMode = z.infer<typeof SuspensionMode>;

/** Why the clock stands still: awaiting a supplement, the one pause the dossier's life writes (`evolve.ts`); a screen shows it through i18n. */
export const PauseReason = z.enum(['supplement']);
export type PauseReason = z.infer<typeof PauseReason>;

/** A span the clock stood still (a supplement request until the complete supplement; `end` null: still waiting). */
export const ClockPause = z.object({ start: z.number(), end: z.number().nullable(), reason: z.string() });
export type ClockPause = z.infer<typeof ClockPause>;

/** A step of the procedure's process with its share of the limit (0.5 day = 225 minutes). */
export const StepBudget = z.object({ name: z.string(), budgetMinutes: z.int().nonnegative() });
export type StepBudget = z.infer<typeof StepBudget>;

/** What the clock of a dossier needs. */
export type Deadline = {
  /** The valid-reception moment: the clock starts here (DESIGN §5). */
  start: Instant;
  limit: WorkingLimit;
  /** Per-procedure cut-off: a reception after it counts from the next working day's opening. */
  cutoff?: TimeOfDay | null;
  pauses?: readonly ClockPause[];
  suspensionMode?: SuspensionMode;
};

export function limitMs(clock: WorkingClock, limit: WorkingLimit): number {
  return limit.value * (limit.unit === 'days' ? clock.schedule.dayMs : 3_600_000);
}

const NO_PAUSES: readonly ClockPause[] = [];

/** Pauses that had begun by `asOf`, in order, each ending at `asOf` at the latest. */
function pausesAsOf(pauses: readonly ClockPause[], asOf: Instant | undefined): ClockPause[] {
  const begun = asOf === undefined ? [...pauses] : pauses.filter((p) => p.start <= asOf);
  const clipped = begun.map((p) => (asOf !== undefined && (p.end === null || p.end > asOf) ? { ...p, end: asOf } : p));
  return clipped.sort((a, b) => a.start - b.start);
}

/**
 * The earliest instant at which the clock has run `workingMs` since the deadline's start, stopping
 * during pauses; null while the clock stands still (an open pause) with time left. DESIGN §5
 * "Suspension": in `pause` mode the time used still counts and the due moment moves by exactly the
 * working time stopped; in `restart` mode the full amount runs again from the resumption. The
 * cut-off applies to the reception only.
 */
function momentAfterRunning(
  clock: WorkingClock,
  deadline: Deadline,
  workingMs: number,
  asOf?: Instant,
): Instant | null {
  let from: WorkingPoint = workingPointAt(
    clock,
    deadline.start,
    deadline.cutoff ? timeOfDayMs(deadline.cutoff) : undefined,
  );
  let remaining = workingMs;
  const pauses = deadline.pauses?.length ? pausesAsOf(deadline.pauses, asOf) : NO_PAUSES;
  for (const pause of pauses) {
    const used = workedBetween(clock, from, workingPointAt(clock, pause.start));
    if (used >= remaining) break; // reached before this pause began
    if (pause.end === null) return null;
    const resumed = workingPointAt(clock, pause.end);
    if (workedBetween(clock, from, resumed) <= 0) continue; // the pause did not stop a running clock
    remaining = deadline.suspensionMode === 'restart' ? workingMs : remaining - Math.max(0, used);
    from = resumed;
  }
  return remaining > 0 ? instantOfWorked(clock, from.day, from.worked + remaining) : runningFrom(clock, from);
}

/** The due moment (hạn trả kết quả), or null while the clock is stopped awaiting a supplement. */
export function dueMoment(clock: WorkingClock, deadline: Deadline): Instant | null {
  return momentAfterRunning(clock, deadline, limitMs(clock, deadline.limit));
}

/**
 * The due moment as it stood at `at` (DESIGN §5 classification): pauses begun by then count, a pause
 * still open at `at` as if the clock resumed then.
 */
export function dueMomentAt(clock: WorkingClock, deadline: Deadline, at: Instant): Instant {
  // Every pause ends by `at` here, so the clock is never left stopped.
  return momentAfterRunning(clock, deadline, limitMs(clock, deadline.limit), at) ?? at;
}

export function isPausedAt(deadline: Deadline, at: Instant): boolean {
  return (deadline.pauses ?? []).some((p) => p.start <= at && (p.end === null || p.end > at));
}

export type StepMoment = StepBudget & { expectedAt: Instant | null };

/** Each step's expected moment: its cumulative budget of working time after the start, honouring pauses. */
export function stepMoments(clock: WorkingClock, deadline: Deadline, steps: readonly StepBudget[]): StepMoment[] {
  let cumulative = 0;
  return steps.map((step) => {
    cumulative += step.budgetMinutes * 60_000;
    return { ...step, expectedAt: momentAfterRunning(clock, deadline, cumulative) };
  });
}

/**
 * The latest moment to send the apology with a new date (form 04 of TT 01/2018 and of TT 03/2025;
 * DESIGN §5): one working day before the due moment.
 */
export function apologyDeadline(clock: WorkingClock, due: Instant): Instant {
  return subtractWorkingTime(clock, due, clock.schedule.dayMs);
}

/** Whether `at` lies within `withinMs` working ms before the due moment (default: one working day). */
export function isDueSoon(clock: WorkingClock, due: Instant, at: Instant, withinMs = clock.schedule.dayMs): boolean {
  return at < due && at >= subtractWorkingTime(clock, due, withinMs);
}
