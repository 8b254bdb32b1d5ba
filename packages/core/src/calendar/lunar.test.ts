import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../../../../../shared/data/lunar-vectors.json';
import { FIRST_DAY, formatLocalDate, LAST_DAY } from './local-date.ts';
import { dayOfLunar, lunarNewYear, lunarOfDay, lunarToSolar, solarToLunar } from './lunar.ts';
import { astronomicalLunarToSolar, astronomicalSolarToLunar } from './lunar-astronomical.ts';
import { CalendarRangeError } from './range-error.ts';

describe('lunar calendar (UTC+7)', () => {
  it.each(vectors.conversions)('$solar is $lunar.day/$lunar.month/$lunar.year', ({ solar, lunar }) => {
    expect(solarToLunar(solar)).toEqual(lunar);
  });

  it.each(Object.entries(vectors.tet))('Tết %s falls on %s', (year, date) => {
    expect(formatLocalDate(lunarNewYear(Number(year)))).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it.each(Object.entries(vectors.hungKings))('Giỗ Tổ (10/3) %s falls on %s', (year, date) => {
    expect(lunarToSolar({ day: 10, month: 3, year: Number(year), leap: false })).toBe(date);
  });

  it.each([
    ['Tết 1985 (Chinese calendar: 20 February)', { day: 1, month: 1, year: 1985, leap: false }, '1985-01-21'],
    ['Tết 2007 (Chinese calendar: 18 February)', { day: 1, month: 1, year: 2007, leap: false }, '2007-02-17'],
    ['leap month 2 of 2023', { day: 1, month: 2, year: 2023, leap: true }, '2023-03-22'],
    ['leap month 6 of 2025', { day: 1, month: 6, year: 2025, leap: true }, '2025-07-25'],
    ['leap month 11 of 2033', { day: 1, month: 11, year: 2033, leap: true }, '2033-12-22'],
    ['the first day of the range', { day: 1, month: 12, year: 1899, leap: false }, '1900-01-01'],
  ])('%s', (_, lunar, date) => {
    expect(lunarToSolar(lunar)).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar);
  });

  it('agrees with the astronomical algorithm on every day 1900–2100', () => {
    const differences: string[] = [];
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      const [table, astro] = [lunarOfDay(day), astronomicalSolarToLunar(day)];
      if (JSON.stringify(table) !== JSON.stringify(astro)) differences.push(formatLocalDate(day));
      if (table.day === 1 && astronomicalLunarToSolar(table) !== day) differences.push(`${formatLocalDate(day)} back`);
    }
    expect(differences).toEqual([]);
  });

  it('converts lunar dates back to the same solar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => dayOfLunar(lunarOfDay(day)) === day),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a leap month the year does not have', { day: 1, month: 5, year: 2025, leap: true }],
    ['day 30 of a 29-day month (12/2024)', { day: 30, month: 12, year: 2024, leap: false }],
  ])('answers null for %s', (_, lunar) => {
    expect(lunarToSolar(lunar)).toBeNull();
  });

  it.each(['1899-12-31', '2101-01-01'])('refuses %s with a range error', (date) => {
    expect(() => solarToLunar(date)).toThrow(CalendarRangeError);
  });

  it('refuses lunar dates outside 1900–2100 with a range error', () => {
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toThrow(CalendarRangeError);
    expect(() => lunarToSolar({ day: 1, month: 11, year: 1899, leap: false })).toThrow(CalendarRangeError);
    const lastMonth11 = { day: 1, month: 11, year: 2100, leap: false };
    expect(lunarToSolar(lastMonth11)).toBe(formatLocalDate(astronomicalLunarToSolar(lastMonth11) ?? NaN));
  });
});
