import { z } from 'zod';
import { dueMoment } from './deadline.ts';
import { LocalDate, parseLocalDate } from './local-date.ts';
import { CalendarDay } from './calendar-day.ts';
import { TimeOfDay } from './office-hours.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import type { WorkingClock } from './working-time.ts';

/** Longest span `GET /api/v1/calendar/days` answers (DESIGN §11). */
export const MAX_CALENDAR_DAYS = 400;

/** `GET /api/v1/calendar/days?from=YYYY-MM-DD&to=YYYY-MM-DD`, both included. */
export const CalendarDaysQuery = z.object({ from: LocalDate, to: LocalDate }).superRefine((q, ctx) => {
  if (!LocalDate.safeParse(q.from).success || !LocalDate.safeParse(q.to).success) return; // reported on the field
  const span = parseLocalDate(q.to) - parseLocalDate(q.from) + 1;
  if (span < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.range_reversed' });
  if (span > MAX_CALENDAR_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.range_too_long' });
});
export type CalendarDaysQuery = z.infer<typeof CalendarDaysQuery>;

export const CalendarDays = z.array(CalendarDay);
export type CalendarDays = z.infer<typeof CalendarDays>;

/** `GET /api/v1/calendar/due?start=<ISO-8601 instant>&workingDays=N[&cutoff=HH:MM]`. */
export const CalendarDueQuery = z.object({
  start: z.iso.datetime({ offset: true, error: 'calendar.instant_expected' }),
  workingDays: z.coerce.number().int().positive().max(1000),
  cutoff: TimeOfDay.optional(),
  /** A center's code (DESIGN §13): its office hours in force on the start's day; without it, the province center's. */
  center: z.string().trim().min(1).max(40).optional(),
});
export type CalendarDueQuery = z.infer<typeof CalendarDueQuery>;

export const CalendarDueResponse = z.object({ due: z.iso.datetime({ offset: true }) });
export type CalendarDueResponse = z.infer<typeof CalendarDueResponse>;

/** The answer of `/calendar/days` (throws `CalendarRangeError` outside 1900–2100). */
export function listCalendarDays(calendar: WorkingCalendar, query: CalendarDaysQuery): CalendarDays {
  return calendar.days(query.from, query.to);
}

/** The answer of `/calendar/due`, with the clock of the province center (throws `CalendarRangeError` outside 1900–2100). */
export function computeCalendarDue(clock: WorkingClock, query: CalendarDueQuery): CalendarDueResponse {
  const due = dueMoment(clock, {
    start: Date.parse(query.start),
    limit: { value: query.workingDays, unit: 'days' },
    cutoff: query.cutoff ?? null,
  });
  if (due === null) throw new Error('a clock without pauses never stands still');
  return { due: new Date(due).toISOString() };
}
