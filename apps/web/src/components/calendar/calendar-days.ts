import {
  civilFromDay,
  dayFromCivil,
  dayOfInstant,
  daysInMonth,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
  type CalendarDay,
  type LunarDate,
} from '@motcua/core';

/** How a day shows on the calendar; also its `data-kind`, which tests rely on. */
export const DAY_KINDS = ['working', 'weekend', 'holiday', 'saturday-worked'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const FIRST_CALENDAR_YEAR = 1900;
export const LAST_CALENDAR_YEAR = 2100;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDate(date: string): number {
  return weekdayOf(parseLocalDate(date));
}

/**
 * A worked Saturday is a weekend day made a working day by the year's notice; a day off on a weekday
 * (or a named holiday on any day) is a holiday; the other rest days are the weekly rest (Labour Code 2019 art. 111).
 */
export function dayKind(day: CalendarDay): DayKind {
  const weekday = weekdayOfDate(day.date);
  if (day.working) return weekday === 6 ? 'saturday-worked' : 'working';
  if (day.holiday !== null || (weekday >= 1 && weekday <= 5)) return 'holiday';
  return 'weekend';
}

/** "d/m" on the first day of a lunar month ("d/mn" in a leap month), "d" on the others. */
export function lunarLabel(lunar: LunarDate, leapSuffix: string): string {
  if (lunar.day !== 1) return String(lunar.day);
  return `${lunar.day}/${lunar.month}${lunar.leap ? leapSuffix : ''}`;
}

/** 'YYYY-MM-DD' as Vietnamese documents print it: 'DD/MM/YYYY'. */
export function formatDayMonthYear(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The month's dates in weeks of seven, Monday first; null pads the first and last weeks. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = dayFromCivil(year, month, 1);
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let i = 0; i < daysInMonth(year, month); i++) cells.push(formatLocalDate(first + i));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The current year in Vietnam (UTC+7), whatever the browser's time zone. */
export function currentYear(now: number = Date.now()): number {
  return civilFromDay(dayOfInstant(now)).year;
}

/** Today's date in Vietnam, 'YYYY-MM-DD'. */
export function today(now: number = Date.now()): string {
  return formatLocalDate(dayOfInstant(now));
}

export type YearCounts = { working: number; daysOff: number; weekdaysOff: number; saturdaysWorked: number };

export function countYear(days: readonly CalendarDay[]): YearCounts {
  const counts: YearCounts = { working: 0, daysOff: 0, weekdaysOff: 0, saturdaysWorked: 0 };
  for (const day of days) {
    const weekday = weekdayOfDate(day.date);
    if (day.working) counts.working++;
    else counts.daysOff++;
    if (!day.working && weekday >= 1 && weekday <= 5) counts.weekdaysOff++;
    if (day.working && weekday === 6) counts.saturdaysWorked++;
  }
  return counts;
}
