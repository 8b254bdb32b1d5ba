import type { CalendarDay } from './calendar-day.ts';
import type { HolidayRule } from './holiday-rule.ts';
import { DEFAULT_HOLIDAY_RULES } from './holidays.ts';
import {
  checkDay,
  civilFromDay,
  FIRST_YEAR,
  formatLocalDate,
  LAST_YEAR,
  parseLocalDate,
  type EpochDay,
  type LocalDate,
} from './local-date.ts';
import { lunarOfDay } from './lunar.ts';
import { SEED_YEARLY_NOTICES } from './notices/index.ts';
import { CalendarRangeError } from './range-error.ts';
import { buildYearDays, type YearDays } from './year-days.ts';
import type { YearlyNotice } from './yearly-notice.ts';

/** Which days are worked (DESIGN §5: Monday–Friday not off, plus Saturdays worked). */
export type WorkingCalendar = {
  isWorkingDay(day: EpochDay): boolean;
  /** Vietnamese name of the holiday, make-up or swapped day off, or null. */
  holidayOf(day: EpochDay): string | null;
  day(date: LocalDate): CalendarDay;
  /** Every day from `from` to `to`, both included. */
  days(from: LocalDate, to: LocalDate): CalendarDay[];
  /**
   * The working day preceded by exactly `k` working days counted from `day` (included): k = 0 is
   * the first working day on or after `day`, k = 1 the next one; k = -1 the last one before `day`.
   */
  workingDayAfter(day: EpochDay, k: number): EpochDay;
  /** Working days in [from, to). */
  countWorkingDays(from: EpochDay, to: EpochDay): number;
};

export type WorkingCalendarOptions = {
  /** Holiday rules in force (default: `DEFAULT_HOLIDAY_RULES`). */
  rules?: readonly HolidayRule[];
  /** Yearly notices, at most one per year (default: the seed notices). */
  notices?: readonly YearlyNotice[];
};

/** A working calendar; each year is built on first use (about 0.1 ms) and kept. */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const rules = options.rules ?? DEFAULT_HOLIDAY_RULES;
  const notices = new Map<number, YearlyNotice>();
  for (const notice of options.notices ?? SEED_YEARLY_NOTICES) {
    if (notices.has(notice.year)) throw new Error(`two yearly notices for ${notice.year}`);
    notices.set(notice.year, notice);
  }
  const years: (YearDays | undefined)[] = [];
  let recent: YearDays | undefined;

  function yearDays(year: number): YearDays {
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) throw new CalendarRangeError(String(year));
    let table = years[year - FIRST_YEAR];
    if (!table) {
      table = buildYearDays(year, rules, notices.get(year));
      years[year - FIRST_YEAR] = table;
    }
    return table;
  }

  function yearOf(day: EpochDay): YearDays {
    if (recent && day >= recent.first && day - recent.first < recent.working.length) return recent;
    recent = yearDays(civilFromDay(checkDay(day)).year);
    return recent;
  }

  const isWorkingDay = (day: EpochDay) => {
    const table = yearOf(day);
    return table.working[day - table.first] === 1;
  };
  const holidayOf = (day: EpochDay) => yearOf(day).holidays.get(day) ?? null;
  const day = (date: LocalDate): CalendarDay => {
    const d = parseLocalDate(date);
    return { date, lunar: lunarOfDay(d), working: isWorkingDay(d), holiday: holidayOf(d) };
  };

  function countWorkingDays(from: EpochDay, to: EpochDay): number {
    if (to <= from) return to === from ? 0 : -countWorkingDays(to, from);
    const a = yearOf(from);
    const b = yearOf(to - 1);
    let count = (b.rank[to - b.first] ?? 0) - (a.rank[from - a.first] ?? 0);
    for (let year = a.year; year < b.year; year++) count += yearDays(year).workingDays.length;
    return count;
  }

  return {
    isWorkingDay,
    holidayOf,
    day,
    days(from, to) {
      const [a, b] = [parseLocalDate(from), parseLocalDate(to)];
      return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => day(formatLocalDate(a + i)));
    },
    workingDayAfter(start, k) {
      let table = yearOf(start);
      let rank = (table.rank[start - table.first] ?? 0) + k;
      while (rank >= table.workingDays.length) {
        rank -= table.workingDays.length;
        table = yearDays(table.year + 1);
      }
      while (rank < 0) {
        table = yearDays(table.year - 1);
        rank += table.workingDays.length;
      }
      return table.workingDays[rank] ?? NaN;
    },
    countWorkingDays,
  };
}
