import { z } from 'zod';
import { CalendarRangeError } from './range-error.ts';

/** Vietnam keeps UTC+7 all year, without daylight saving (Asia/Ho_Chi_Minh). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const UTC_OFFSET_MS = 7 * 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** A civil date in Vietnam, as the API shows it. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'calendar.date_expected')
  .refine((s) => civilOf(s) !== null, 'calendar.no_such_date');
export type LocalDate = z.infer<typeof LocalDate>;

/** Days since 1970-01-01: what the calendar computes on (ordered, cheap). */
export type EpochDay = number;
/** Milliseconds since 1970-01-01T00:00Z. */
export type Instant = number;

export type CivilDate = { year: number; month: number; day: number };

// Days from and to a proleptic Gregorian date, after H. Hinnant's "chrono-compatible algorithms".
export function dayFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function civilFromDay(epochDay: EpochDay): CivilDate {
  const z0 = epochDay + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

function civilOf(s: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses 'YYYY-MM-DD'; throws on a malformed string (validate input with `LocalDate` first). */
export function parseLocalDate(s: string): EpochDay {
  const c = civilOf(s);
  if (!c) throw new TypeError(`not a date YYYY-MM-DD: ${s}`);
  return dayFromCivil(c.year, c.month, c.day);
}

export function formatLocalDate(epochDay: EpochDay): LocalDate {
  const { year, month, day } = civilFromDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Labour Code 2019 art. 111: the weekly rest days of the public service are Saturday and Sunday. */
export function isWeekend(epochDay: EpochDay): boolean {
  const w = weekdayOf(epochDay);
  return w === 0 || w === 6;
}

/** The UTC+7 date of an instant (DESIGN §5: "dates are UTC+7 dates"). */
export function dayOfInstant(at: Instant): EpochDay {
  return Math.floor((at + UTC_OFFSET_MS) / MS_PER_DAY);
}

/** The instant of local midnight starting a day. */
export function startOfDay(epochDay: EpochDay): Instant {
  return epochDay * MS_PER_DAY - UTC_OFFSET_MS;
}

export const FIRST_DAY: EpochDay = dayFromCivil(1900, 1, 1);
export const LAST_DAY: EpochDay = dayFromCivil(2100, 12, 31);
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Throws `CalendarRangeError` when a day is outside 1900-01-01..2100-12-31. */
export function checkDay(epochDay: EpochDay): EpochDay {
  if (!(epochDay >= FIRST_DAY && epochDay <= LAST_DAY))
    throw new CalendarRangeError(Number.isFinite(epochDay) ? formatLocalDate(epochDay) : String(epochDay));
  return epochDay;
}
