import { z } from 'zod';
import { dayFromCivil, formatLocalDate, weekdayOf } from './local-date.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { YearlyNotice } from './yearly-notice.ts';

/** Reference shown for a year that has no notice entered: the computed defaults (DESIGN §5). */
export const DEFAULT_NOTICE_REFERENCE = 'Mặc định theo Bộ luật Lao động (chưa nhập thông báo của năm)';

/** `GET /api/v1/calendar/years/{year}`: the stored notice, and what is in force (that notice or the defaults). */
export const CalendarYear = z.object({
  year: z.int(),
  notice: YearlyNotice.nullable(),
  effective: YearlyNotice,
});
export type CalendarYear = z.infer<typeof CalendarYear>;

/**
 * The defaults of a year written as a notice: every weekday off with its name. Saving it unchanged
 * gives the same working days, because a notice lists exactly the weekdays off that the defaults
 * compute (Tết, the adjacent day, nghỉ bù); the admin then edits it into the real notice.
 */
export function noticeFromCalendar(calendar: WorkingCalendar, year: number): YearlyNotice {
  const daysOff: YearlyNotice['daysOff'] = [];
  const saturdaysWorked: string[] = [];
  for (let day = dayFromCivil(year, 1, 1); day < dayFromCivil(year + 1, 1, 1); day++) {
    const weekday = weekdayOf(day);
    const working = calendar.isWorkingDay(day);
    if (weekday === 6 && working) saturdaysWorked.push(formatLocalDate(day));
    if (weekday >= 1 && weekday <= 5 && !working)
      daysOff.push({ date: formatLocalDate(day), name: calendar.holidayOf(day) ?? 'Nghỉ' });
  }
  return { year, reference: DEFAULT_NOTICE_REFERENCE, daysOff, saturdaysWorked };
}

/** One change of the calendar as the audit trail shows it. */
export const CalendarChangeEntry = z.object({
  id: z.int(),
  at: z.iso.datetime({ offset: true }),
  user: z.object({ username: z.string(), fullName: z.string() }).nullable(),
  action: z.string(),
  subject: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type CalendarChangeEntry = z.infer<typeof CalendarChangeEntry>;
