import { holidaysBetween, type HolidayRule } from './holiday-rule.ts';
import { makeUpName } from './holidays.ts';
import { dayFromCivil, isWeekend, parseLocalDate, type EpochDay } from './local-date.ts';
import type { YearlyNotice } from './yearly-notice.ts';

/** One solar year of the working calendar, built once and then read in O(1). */
export type YearDays = {
  year: number;
  first: EpochDay;
  /** 1 where the day (index from 1 January) is a working day. */
  working: Uint8Array;
  /** rank[i] = working days of the year before day index i (one more entry than days). */
  rank: Uint16Array;
  /** The year's working days, in order. */
  workingDays: Int32Array;
  /** Vietnamese name of every holiday, make-up or swapped day off. */
  holidays: ReadonlyMap<EpochDay, string>;
};

/** A make-up day can follow a holiday of late December: look back that far. */
const MAKE_UP_LOOKBACK_DAYS = 31;

/**
 * Labour Code 2019 art. 111(3) (1994 art. 73, 2012 art. 115(3)): a holiday on a weekly rest day is
 * made up on the next working day. Walking in date order, each make-up day skips the weekend, the
 * other holidays and the make-up days already given, so Tết over a weekend pushes its make-up days
 * past the last Tết day.
 */
function defaultDaysOff(rules: readonly HolidayRule[], first: EpochDay, last: EpochDay): Map<EpochDay, string> {
  const holidays = holidaysBetween(rules, first - MAKE_UP_LOOKBACK_DAYS, last);
  const daysOff = new Map(holidays);
  for (const [day, name] of holidays) {
    if (!isWeekend(day)) continue;
    let makeUp = day + 1;
    while (isWeekend(makeUp) || daysOff.has(makeUp)) makeUp++;
    daysOff.set(makeUp, makeUpName(name));
  }
  return daysOff;
}

/** See `YearlyNotice`: fixed-date holidays, plus the notice's days off instead of the defaults. */
function noticeDaysOff(
  rules: readonly HolidayRule[],
  notice: YearlyNotice,
  first: EpochDay,
  last: EpochDay,
): Map<EpochDay, string> {
  const daysOff = holidaysBetween(
    rules.filter((rule) => !rule.setByNotice),
    first,
    last,
  );
  for (const off of notice.daysOff) {
    const day = parseLocalDate(off.date);
    if (!daysOff.has(day)) daysOff.set(day, off.name);
  }
  return daysOff;
}

export function buildYearDays(year: number, rules: readonly HolidayRule[], notice: YearlyNotice | undefined): YearDays {
  const first = dayFromCivil(year, 1, 1);
  const length = dayFromCivil(year + 1, 1, 1) - first;
  const last = first + length - 1;
  const daysOff = notice ? noticeDaysOff(rules, notice, first, last) : defaultDaysOff(rules, first, last);
  const worked = new Set(notice?.saturdaysWorked.map(parseLocalDate));
  const working = new Uint8Array(length);
  const rank = new Uint16Array(length + 1);
  const holidays = new Map<EpochDay, string>();
  for (let i = 0; i < length; i++) {
    const day = first + i;
    const name = daysOff.get(day);
    if (name !== undefined) holidays.set(day, name);
    working[i] = name === undefined && (!isWeekend(day) || worked.has(day)) ? 1 : 0;
    rank[i + 1] = (rank[i] ?? 0) + (working[i] ?? 0);
  }
  const workingDays = new Int32Array(rank[length] ?? 0);
  for (let i = 0, n = 0; i < length; i++) if (working[i] === 1) workingDays[n++] = first + i;
  return { year, first, working, rank, workingDays, holidays };
}
