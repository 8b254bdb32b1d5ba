import { z } from 'zod';
import type { LocalDate } from './local-date.ts';

/** A time of day 'HH:MM' (UTC+7). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'calendar.time_expected');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

export const OfficeSession = z
  .object({ start: TimeOfDay, end: TimeOfDay })
  .refine((s) => s.start < s.end, { message: 'calendar.session_reversed', path: ['end'] });
export type OfficeSession = z.infer<typeof OfficeSession>;

/** A center's office hours on every working day, in Asia/Ho_Chi_Minh time. */
export const OfficeHours = z.object({
  sessions: z
    .array(OfficeSession)
    .min(1)
    .max(4)
    .refine(
      (sessions) => sessions.every((s, i) => i === 0 || (sessions[i - 1]?.end ?? '') < s.start),
      'calendar.sessions_overlap',
    ),
});
export type OfficeHours = z.infer<typeof OfficeHours>;

/** DESIGN §5: 07:30–11:30 and 13:30–17:00, a working day of 450 minutes. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};

/** Milliseconds after local midnight of 'HH:MM'. */
export function timeOfDayMs(time: TimeOfDay): number {
  const [h = NaN, m = NaN] = time.split(':').map(Number);
  return (h * 60 + m) * 60_000;
}

/** Office hours ready for arithmetic: each session in ms after local midnight, with the working ms before it. */
export type OfficeSchedule = {
  sessions: readonly { start: number; end: number; before: number }[];
  /** Working ms of a whole day (450 minutes by default). */
  dayMs: number;
};

export function officeSchedule(hours: OfficeHours): OfficeSchedule {
  let dayMs = 0;
  const sessions = hours.sessions.map((s) => {
    const [start, end] = [timeOfDayMs(s.start), timeOfDayMs(s.end)];
    const session = { start, end, before: dayMs };
    dayMs += end - start;
    return session;
  });
  return { sessions, dayMs };
}

/** Working ms of the day elapsed at `msOfDay` after local midnight. */
export function workedBy(schedule: OfficeSchedule, msOfDay: number): number {
  for (const s of schedule.sessions) {
    if (msOfDay <= s.start) return s.before;
    if (msOfDay < s.end) return s.before + msOfDay - s.start;
  }
  return schedule.dayMs;
}

/**
 * The time of day (ms after midnight) at which `worked` working ms of the day have elapsed, for
 * 0 <= worked <= dayMs: the earliest such time (a count ending at a session's end is due at that
 * end, DESIGN §5), or with `latest` the last one before the day's end (the opening where a clock
 * starting at that count begins to run; for a full day, the caller moves to the next working day).
 */
export function timeWhenWorked(schedule: OfficeSchedule, worked: number, latest = false): number {
  let end = 0;
  for (const s of schedule.sessions) {
    end = s.end;
    const sessionEnd = s.before + s.end - s.start;
    if (worked < sessionEnd || (worked === sessionEnd && !latest)) return s.start + worked - s.before;
  }
  return end;
}

/** Whether a time of day lies in a session, both ends included. */
export function isInSession(schedule: OfficeSchedule, msOfDay: number): boolean {
  return schedule.sessions.some((s) => msOfDay >= s.start && msOfDay <= s.end);
}

/** A center's office hours from a date on (DESIGN §13: a change of hours is a new period, not an edit). */
export type OfficeHoursPeriod = { effectiveFrom: LocalDate; hours: OfficeHours };

/**
 * The hours in force on `day`: the latest period begun by then, else the default (DESIGN §5). A dossier keeps
 * the hours in force at its receiving center on its reception day (DESIGN §13).
 */
export function officeHoursOn(periods: readonly OfficeHoursPeriod[], day: LocalDate): OfficeHours {
  let found: OfficeHoursPeriod | undefined;
  for (const p of periods) if (p.effectiveFrom <= day && (!found || p.effectiveFrom > found.effectiveFrom)) found = p;
  return found?.hours ?? DEFAULT_OFFICE_HOURS;
}
