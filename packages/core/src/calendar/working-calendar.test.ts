import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_DAY, LAST_DAY, parseLocalDate } from './local-date.ts';
import { CalendarRangeError } from './range-error.ts';
import { clock } from './testing.ts';

const { calendar } = clock;
const d = parseLocalDate;

describe('working calendar', () => {
  it('answers a day with its lunar date, whether it is worked and its holiday', () => {
    expect(calendar.day('2025-01-29')).toEqual({
      date: '2025-01-29',
      lunar: { day: 1, month: 1, year: 2025, leap: false },
      working: false,
      holiday: 'Tết Nguyên đán',
    });
    expect(calendar.day('2025-03-08')).toMatchObject({ working: false, holiday: null });
    expect(calendar.days('2025-04-25', '2025-04-28').map((x) => x.working)).toEqual([true, true, false, true]);
  });

  it.each([
    ['2025-01-24', 0, '2025-01-24'],
    ['2025-01-25', 0, '2025-02-03'],
    ['2025-01-24', 1, '2025-02-03'],
    ['2025-01-24', -1, '2025-01-23'],
    ['2025-04-25', 1, '2025-04-26'],
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-01-02', -1, '2024-12-31'],
    ['2025-01-01', -1, '2024-12-31'],
  ])('from %s, %i working days on is %s', (from, k, want) => {
    expect(calendar.workingDayAfter(d(from), k)).toBe(d(want));
  });

  it('counts working days consistently with stepping, across years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('2000-01-01'), max: d('2090-01-01') }),
        fc.integer({ min: -600, max: 600 }),
        (day, k) => {
          const target = calendar.workingDayAfter(day, k);
          return calendar.isWorkingDay(target) && calendar.countWorkingDays(day, target) === k;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts 250 working days in 2025 (365 − 104 weekend days − 12 weekdays off + 1 Saturday worked)', () => {
    expect(calendar.countWorkingDays(d('2025-01-01'), d('2026-01-01'))).toBe(250);
  });

  it('works up to the edges of 1900–2100 and refuses beyond', () => {
    expect(calendar.countWorkingDays(FIRST_DAY, LAST_DAY + 1)).toBeGreaterThan(200 * 240);
    expect(() => calendar.isWorkingDay(LAST_DAY + 1)).toThrow(CalendarRangeError);
    expect(() => calendar.day('1899-12-31')).toThrow(CalendarRangeError);
    expect(() => calendar.workingDayAfter(LAST_DAY - 5, 10)).toThrow(CalendarRangeError);
  });
});
