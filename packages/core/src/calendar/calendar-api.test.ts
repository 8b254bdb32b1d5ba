import { describe, expect, it } from 'vitest';
import {
  CalendarDaysQuery,
  CalendarDueQuery,
  CalendarDueResponse,
  computeCalendarDue,
  listCalendarDays,
} from './calendar-api.ts';
import { CalendarDay } from './calendar-day.ts';
import { CalendarRangeError } from './range-error.ts';
import { clock } from './testing.ts';

describe('calendar HTTP contract (DESIGN §11)', () => {
  it('answers /calendar/days with every day of the span', () => {
    const days = listCalendarDays(clock.calendar, CalendarDaysQuery.parse({ from: '2025-01-01', to: '2025-12-31' }));
    expect(days).toHaveLength(365);
    expect(days.every((d) => CalendarDay.safeParse(d).success)).toBe(true);
    expect(days[0]).toEqual({
      date: '2025-01-01',
      lunar: { day: 2, month: 12, year: 2024, leap: false },
      working: false,
      holiday: 'Tết Dương lịch',
    });
  });

  it.each([
    [{ from: '2025-01-01', to: '2026-02-04' }, true],
    [{ from: '2025-01-01', to: '2026-02-05' }, false],
    [{ from: '2025-01-02', to: '2025-01-01' }, false],
    [{ from: '2025-02-30', to: '2025-03-01' }, false],
    [{ from: '2025-01-01' }, false],
  ])('validates the days query %j: %s', (query, ok) => {
    expect(CalendarDaysQuery.safeParse(query).success).toBe(ok);
  });

  it('answers /calendar/due as the contract check expects', () => {
    const query = CalendarDueQuery.parse({ start: '2025-03-10T14:00:00+07:00', workingDays: '5' });
    const answer = computeCalendarDue(clock, query);
    expect(answer).toEqual({ due: '2025-03-17T07:00:00.000Z' });
    expect(CalendarDueResponse.parse(answer)).toEqual(answer);
  });

  it('applies a cut-off only when given', () => {
    const start = '2025-03-10T15:30:00+07:00';
    expect(computeCalendarDue(clock, CalendarDueQuery.parse({ start, workingDays: '1' })).due).toBe(
      '2025-03-11T08:30:00.000Z',
    );
    expect(computeCalendarDue(clock, CalendarDueQuery.parse({ start, workingDays: '1', cutoff: '15:00' })).due).toBe(
      '2025-03-11T10:00:00.000Z',
    );
  });

  it.each([
    [{ start: '2025-03-10T14:00:00', workingDays: '5' }],
    [{ start: 'yesterday', workingDays: '5' }],
    [{ start: '2025-03-10T14:00:00Z', workingDays: '0' }],
    [{ start: '2025-03-10T14:00:00Z', workingDays: '2.5' }],
    [{ start: '2025-03-10T14:00:00Z', workingDays: 'five' }],
    [{ start: '2025-03-10T14:00:00Z', workingDays: '5', cutoff: '25:00' }],
  ])('refuses the due query %j', (query) => {
    expect(CalendarDueQuery.safeParse(query).success).toBe(false);
  });

  it('signals dates outside 1900–2100 with a range error', () => {
    expect(() =>
      listCalendarDays(clock.calendar, CalendarDaysQuery.parse({ from: '2100-12-01', to: '2101-01-01' })),
    ).toThrow(CalendarRangeError);
    expect(() =>
      computeCalendarDue(clock, CalendarDueQuery.parse({ start: '2150-01-01T00:00:00Z', workingDays: '1' })),
    ).toThrow(CalendarRangeError);
    expect(() =>
      computeCalendarDue(clock, CalendarDueQuery.parse({ start: '2100-12-30T00:00:00Z', workingDays: '5' })),
    ).toThrow(CalendarRangeError);
  });
});
