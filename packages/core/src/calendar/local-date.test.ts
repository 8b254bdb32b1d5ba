import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDay,
  civilFromDay,
  dayFromCivil,
  dayOfInstant,
  formatLocalDate,
  LocalDate,
  parseLocalDate,
  startOfDay,
  weekdayOf,
} from './local-date.ts';
import { CalendarRangeError } from './range-error.ts';

describe('civil dates', () => {
  it('agree with the proleptic Gregorian calendar of Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const { year, month, day: dom } = civilFromDay(day);
        return Date.UTC(year, month - 1, dom) / 86_400_000 === day && dayFromCivil(year, month, dom) === day;
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['1970-01-01', 4],
    ['2025-03-10', 1],
    ['2025-04-26', 6],
    ['2026-11-24', 2],
  ])('%s is weekday %i (0 = Sunday)', (date, weekday) => {
    expect(weekdayOf(parseLocalDate(date))).toBe(weekday);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-01', '2025-04-31', ''])('rejects %j', (date) => {
    expect(LocalDate.safeParse(date).success).toBe(false);
  });

  it('formats and parses back', () => {
    expect(formatLocalDate(parseLocalDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('takes dates at UTC+7', () => {
    expect(formatLocalDate(dayOfInstant(Date.parse('2025-03-09T17:00:00Z')))).toBe('2025-03-10');
    expect(formatLocalDate(dayOfInstant(Date.parse('2025-03-09T16:59:59.999Z')))).toBe('2025-03-09');
    expect(new Date(startOfDay(parseLocalDate('2025-03-10'))).toISOString()).toBe('2025-03-09T17:00:00.000Z');
  });

  it('keeps to 1900–2100, with an error an adapter maps to calendar.date_out_of_range', () => {
    expect(checkDay(parseLocalDate('2100-12-31'))).toBe(parseLocalDate('2100-12-31'));
    const error = (() => {
      try {
        checkDay(parseLocalDate('1899-12-31'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toMatchObject({ code: 'calendar.date_out_of_range', value: '1899-12-31' });
  });
});
