import { civilFromDay, dayFromCivil, type EpochDay } from './local-date.ts';
import type { LunarDate } from './lunar-date.ts';

/*
 * The Vietnamese lunar calendar by astronomy, after Hồ Ngọc Đức ("Âm lịch Việt Nam", 2006, after
 * J. Meeus, "Astronomical Algorithms"): a month starts on the day (UTC+7) of a new moon; month 11
 * holds the winter solstice; in a year of 13 months from one month 11 to the next, the first month
 * without a major solar term is leap. Vietnam computes at UTC+7, which is why Tết differs from the
 * Chinese (UTC+8) calendar in some years, e.g. 1985 and 2007 (DESIGN §5).
 * This is slow (trigonometry on every call): production uses the table of lunar.ts built from it.
 */

const TIME_ZONE_HOURS = 7;
const JDN_OF_EPOCH = 2440588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_0 = 2415021.076998695; // Julian date of new moon k = 0 (1900-01-01)
const RAD = Math.PI / 180;

/** Julian date of the k-th new moon after NEW_MOON_0 (Meeus, ch. 49, abridged). */
function newMoonJulian(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD; // sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD; // moon's argument of latitude
  const c1 =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mpr) +
    0.0161 * Math.sin(2 * mpr) -
    0.0004 * Math.sin(3 * mpr) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mpr) -
    0.0074 * Math.sin(m - mpr) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mpr) +
    0.001 * Math.sin(2 * f - mpr) +
    0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + c1 - deltaT;
}

/** The UTC+7 day (epoch day) holding the k-th new moon. */
export function newMoonDay(k: number): EpochDay {
  return Math.floor(newMoonJulian(k) + 0.5 + TIME_ZONE_HOURS / 24) - JDN_OF_EPOCH;
}

/** Index (0–11, 30° each) of the sun's longitude at the start (00:00 UTC+7) of a day. */
export function sunLongitudeSegment(day: EpochDay): number {
  const t = (day + JDN_OF_EPOCH - 2451545.5 - TIME_ZONE_HOURS / 24) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.00029 * Math.sin(3 * m);
  let l = (l0 + dl) * RAD;
  l -= 2 * Math.PI * Math.floor(l / (2 * Math.PI));
  return Math.floor((l / Math.PI) * 6);
}

/** The new-moon index k of a month starting on `day`. */
export function newMoonIndex(day: EpochDay): number {
  return Math.floor((day + JDN_OF_EPOCH - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
}

/** First day of lunar month 11 (the month of the winter solstice) of a solar year. */
export function lunarMonth11(year: number): EpochDay {
  const k = Math.floor((dayFromCivil(year, 12, 31) + JDN_OF_EPOCH - NEW_MOON_0) / SYNODIC_MONTH);
  const day = newMoonDay(k);
  return sunLongitudeSegment(day) >= 9 ? newMoonDay(k - 1) : day;
}

/** Offset from month 11 of the leap month in a 13-month year: the first month without a major term. */
export function leapMonthOffset(month11: EpochDay): number {
  const k = newMoonIndex(month11);
  let i = 1;
  let arc = sunLongitudeSegment(newMoonDay(k + 1));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSegment(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Lunar date of a solar day, computed astronomically. */
export function astronomicalSolarToLunar(day: EpochDay): LunarDate {
  const k = Math.floor((day + JDN_OF_EPOCH - NEW_MOON_0) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > day) monthStart = newMoonDay(k);
  // The published code stops here and answers "day 0" when the estimate is a lunation ahead (2054-05-07, 2062-04-09).
  if (monthStart > day) monthStart = newMoonDay(k - 1);
  const solarYear = civilFromDay(day).year;
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: day - monthStart + 1, month, year, leap };
}

/** Solar day of a lunar date, computed astronomically; null when that leap month does not exist. */
export function astronomicalLunarToSolar(lunar: LunarDate): EpochDay | null {
  const a11 = lunarMonth11(lunar.month < 11 ? lunar.year - 1 : lunar.year);
  const b11 = lunarMonth11(lunar.month < 11 ? lunar.year : lunar.year + 1);
  let offset = (lunar.month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = ((leapOffset + 9) % 12) + 1; // offset 1 is a leap 11, 2 a leap 12, 3 a leap 1…
    if (lunar.leap && lunar.month !== leapMonth) return null;
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) {
    return null;
  }
  return newMoonDay(newMoonIndex(a11) + offset) + lunar.day - 1;
}
