import {
  checkDay,
  FIRST_YEAR,
  formatLocalDate,
  LAST_YEAR,
  parseLocalDate,
  type EpochDay,
  type LocalDate,
} from './local-date.ts';
import { leapMonthOffset, lunarMonth11, newMoonDay, newMoonIndex } from './lunar-astronomical.ts';
import type { LunarDate } from './lunar-date.ts';
import { CalendarRangeError } from './range-error.ts';

/*
 * Every lunar month from month 11 of 1899 to month 11 of 2101, computed once, on first use, with the
 * astronomical algorithm (a few milliseconds); conversions are then a few array reads. A "suì" is the
 * span from one month 11 to the next: 12 months, or 13 with one leap month.
 */
type LunarTable = {
  /** First day of every month, in order; the last entry only closes the month before it. */
  starts: Int32Array;
  month: Int8Array;
  leap: Uint8Array;
  year: Int16Array;
  /** Per suì s (from month 11 of FIRST_SUI_YEAR + s): index in `starts` of its month 11, and its leap offset (0 if none). */
  month11Index: Int32Array;
  leapOffset: Int8Array;
};

const FIRST_SUI_YEAR = FIRST_YEAR - 1;
const SUI_COUNT = LAST_YEAR - FIRST_SUI_YEAR + 1;
const MEAN_MONTH = 29.530588853;

let table: LunarTable | undefined;

function buildTable(): LunarTable {
  const elevens = Array.from({ length: SUI_COUNT + 1 }, (_, s) => lunarMonth11(FIRST_SUI_YEAR + s));
  const ks = elevens.map(newMoonIndex);
  const k0 = ks[0] ?? 0;
  const count = (ks[SUI_COUNT] ?? 0) - k0;
  const t: LunarTable = {
    starts: Int32Array.from({ length: count + 1 }, (_, i) => newMoonDay(k0 + i)),
    month: new Int8Array(count),
    leap: new Uint8Array(count),
    year: new Int16Array(count),
    month11Index: Int32Array.from(ks, (k) => k - k0),
    leapOffset: new Int8Array(SUI_COUNT),
  };
  for (let s = 0; s < SUI_COUNT; s++) {
    const first = t.month11Index[s] ?? 0;
    const months = (t.month11Index[s + 1] ?? 0) - first;
    const leapOffset = months === 13 ? leapMonthOffset(elevens[s] ?? 0) : 0;
    t.leapOffset[s] = leapOffset;
    for (let diff = 0; diff < months; diff++) {
      // Numbering as Hồ Ngọc Đức's: the leap month repeats the number of the month before it.
      const shifted = leapOffset > 0 && diff >= leapOffset;
      const month = ((diff + (shifted ? 10 : 11) - 1) % 12) + 1;
      t.month[first + diff] = month;
      t.leap[first + diff] = shifted && diff === leapOffset ? 1 : 0;
      t.year[first + diff] = FIRST_SUI_YEAR + s + (month >= 11 && diff < 4 ? 0 : 1);
    }
  }
  return t;
}

function lunarTable(): LunarTable {
  table ??= buildTable();
  return table;
}

/** Lunar date of a solar day (1900-01-01..2100-12-31, else `CalendarRangeError`). */
export function lunarOfDay(day: EpochDay): LunarDate {
  checkDay(day);
  const { starts, month, leap, year } = lunarTable();
  const first = starts[0] ?? 0;
  let i = Math.floor((day - first) / MEAN_MONTH);
  while ((starts[i] ?? -Infinity) > day) i--;
  while ((starts[i + 1] ?? Infinity) <= day) i++;
  return { day: day - (starts[i] ?? 0) + 1, month: month[i] ?? 0, year: year[i] ?? 0, leap: leap[i] === 1 };
}

/**
 * Solar day of a lunar date; null when the date does not exist (a leap month the year does not have,
 * or day 30 of a 29-day month). `CalendarRangeError` outside 1900-01-01..2100-12-31.
 */
export function dayOfLunar(lunar: LunarDate): EpochDay | null {
  if (
    ![lunar.day, lunar.month, lunar.year].every(Number.isInteger) ||
    lunar.month < 1 ||
    lunar.month > 12 ||
    lunar.day < 1
  ) {
    throw new TypeError(`not a lunar date: ${JSON.stringify(lunar)}`);
  }
  const t = lunarTable();
  const s = lunar.month < 11 ? lunar.year - 1 - FIRST_SUI_YEAR : lunar.year - FIRST_SUI_YEAR;
  if (!(s >= 0 && s < SUI_COUNT)) throw new CalendarRangeError(`lunar ${lunar.day}/${lunar.month}/${lunar.year}`);
  const leapOffset = t.leapOffset[s] ?? 0;
  let offset = (lunar.month + 1) % 12; // month 11 is offset 0
  if (leapOffset > 0) {
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (lunar.leap && lunar.month !== leapMonth) return null;
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) {
    return null;
  }
  const i = (t.month11Index[s] ?? 0) + offset;
  const start = t.starts[i] ?? 0;
  if (lunar.day > (t.starts[i + 1] ?? 0) - start) return null;
  return checkDay(start + lunar.day - 1);
}

/** Lunar date of a 'YYYY-MM-DD' solar date. */
export function solarToLunar(date: LocalDate): LunarDate {
  return lunarOfDay(parseLocalDate(date));
}

/** 'YYYY-MM-DD' of a lunar date, or null when it does not exist. */
export function lunarToSolar(lunar: LunarDate): LocalDate | null {
  const day = dayOfLunar(lunar);
  return day === null ? null : formatLocalDate(day);
}

/** Solar day of Tết (1 tháng Giêng) of a lunar year. */
export function lunarNewYear(year: number): EpochDay {
  const day = dayOfLunar({ day: 1, month: 1, year, leap: false });
  if (day === null) throw new Error(`no Tết in lunar year ${year}`); // every lunar year has a 1/1
  return day;
}
