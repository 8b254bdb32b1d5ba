import { dayOfInstant, MS_PER_DAY, startOfDay, UTC_OFFSET_MS, type EpochDay, type Instant } from './local-date.ts';
import {
  DEFAULT_OFFICE_HOURS,
  isInSession,
  officeSchedule,
  timeWhenWorked,
  workedBy,
  type OfficeHours,
  type OfficeSchedule,
} from './office-hours.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * Working time of one center: its calendar and its office hours. Working time runs only during
 * office hours of working days; instants are epoch milliseconds; days are UTC+7 dates.
 */
export type WorkingClock = { calendar: WorkingCalendar; schedule: OfficeSchedule };

export function createWorkingClock(calendar: WorkingCalendar, hours: OfficeHours = DEFAULT_OFFICE_HOURS): WorkingClock {
  return { calendar, schedule: officeSchedule(hours) };
}

/** A point of working time: a working day and the working ms of it elapsed (0..dayMs). */
export type WorkingPoint = { day: EpochDay; worked: number };

/**
 * Where working time stands at an instant. Outside office hours it stands still: on a day off, at the
 * next working day's opening. With a cut-off (ms after midnight), an instant after it on a working
 * day counts from the next working day's opening (DESIGN §5, per-procedure cut-off hour).
 */
export function workingPointAt(clock: WorkingClock, at: Instant, cutoffMs?: number): WorkingPoint {
  const day = dayOfInstant(at);
  const { calendar } = clock;
  if (!calendar.isWorkingDay(day)) return { day: calendar.workingDayAfter(day, 0), worked: 0 };
  const msOfDay = at + UTC_OFFSET_MS - day * MS_PER_DAY;
  if (cutoffMs !== undefined && msOfDay > cutoffMs) return { day: calendar.workingDayAfter(day, 1), worked: 0 };
  return { day, worked: workedBy(clock.schedule, msOfDay) };
}

/** Working ms from point `p` to point `q` (negative when q is before p). */
export function workedBetween(clock: WorkingClock, p: WorkingPoint, q: WorkingPoint): number {
  return clock.calendar.countWorkingDays(p.day, q.day) * clock.schedule.dayMs + q.worked - p.worked;
}

/** Working ms from `a` to `b` (negative when b is before a). */
export function workingTimeBetween(clock: WorkingClock, a: Instant, b: Instant): number {
  return workedBetween(clock, workingPointAt(clock, a), workingPointAt(clock, b));
}

/**
 * The earliest instant at which working time stands `worked` ms after the opening of working day
 * `day` (worked may exceed a day, or be negative): a count ending at a session's end gives that end.
 */
export function instantOfWorked(clock: WorkingClock, day: EpochDay, worked: number): Instant {
  const { dayMs } = clock.schedule;
  const k = Math.ceil(worked / dayMs) - 1;
  const target = clock.calendar.workingDayAfter(day, k);
  return startOfDay(target) + timeWhenWorked(clock.schedule, worked - k * dayMs);
}

/** The instant from which a clock standing at `point` runs: the point itself in a session, else the next opening. */
export function runningFrom(clock: WorkingClock, point: WorkingPoint): Instant {
  if (point.worked >= clock.schedule.dayMs)
    return runningFrom(clock, { day: clock.calendar.workingDayAfter(point.day, 1), worked: 0 });
  return startOfDay(point.day) + timeWhenWorked(clock.schedule, point.worked, true);
}

/**
 * The earliest instant at which `workingMs` working ms have elapsed since `at` (DESIGN §5: received
 * 10:00 Monday + 3 days → 10:00 Thursday; a count ending at 17:00 is due at 17:00). A start outside
 * office hours counts from the next opening; `cutoffMs` as in `workingPointAt`.
 */
export function addWorkingTime(clock: WorkingClock, at: Instant, workingMs: number, cutoffMs?: number): Instant {
  const from = workingPointAt(clock, at, cutoffMs);
  return workingMs > 0 ? instantOfWorked(clock, from.day, from.worked + workingMs) : runningFrom(clock, from);
}

/** The earliest instant `workingMs` working ms before `at`. */
export function subtractWorkingTime(clock: WorkingClock, at: Instant, workingMs: number): Instant {
  const point = workingPointAt(clock, at);
  return instantOfWorked(clock, point.day, point.worked - workingMs);
}

/** Whether an instant lies in office hours of a working day (a session's end included). */
export function isOfficeTime(clock: WorkingClock, at: Instant): boolean {
  const day = dayOfInstant(at);
  return clock.calendar.isWorkingDay(day) && isInSession(clock.schedule, at + UTC_OFFSET_MS - day * MS_PER_DAY);
}
