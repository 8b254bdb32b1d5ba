import { describe, expect, it } from 'vitest';
import { OfficeHours } from './office-hours.ts';
import { at, clock, DAY_MS, local } from './testing.ts';
import {
  addWorkingTime,
  createWorkingClock,
  isOfficeTime,
  subtractWorkingTime,
  workingTimeBetween,
} from './working-time.ts';

const MIN = 60_000;

describe('working time', () => {
  it('has 450 working minutes a day by default', () => {
    expect(clock.schedule.dayMs).toBe(DAY_MS);
  });

  it.each([
    ['2025-03-10T07:30', '2025-03-10T17:00', 450],
    ['2025-03-10T11:00', '2025-03-10T14:00', 60],
    ['2025-03-10T12:00', '2025-03-10T13:00', 0],
    ['2025-03-10T18:00', '2025-03-11T08:00', 30],
    ['2025-03-07T16:00', '2025-03-10T08:00', 90],
    ['2025-01-24T16:00', '2025-02-03T08:00', 90],
    ['2025-03-11T08:00', '2025-03-10T08:00', -450],
  ])('from %s to %s: %i working minutes', (a, b, minutes) => {
    expect(workingTimeBetween(clock, at(a), at(b))).toBe(minutes * MIN);
  });

  it.each([
    ['2025-03-10T11:00', 30, '2025-03-10T11:30'],
    ['2025-03-10T11:00', 31, '2025-03-10T13:31'],
    ['2025-03-10T12:00', 0, '2025-03-10T13:30'],
    ['2025-03-10T10:00', 0, '2025-03-10T10:00'],
    ['2025-03-10T17:30', 0, '2025-03-11T07:30'],
  ])('from %s, %i working minutes on is %s', (from, minutes, want) => {
    expect(local(addWorkingTime(clock, at(from), minutes * MIN))).toBe(want);
  });

  it.each([
    ['2025-03-13T10:00', 450, '2025-03-12T10:00'],
    ['2025-03-10T17:00', 450, '2025-03-07T17:00'],
    ['2025-03-10T13:30', 240, '2025-03-07T17:00'],
    ['2025-02-03T09:00', 120, '2025-01-24T16:30'],
  ])('from %s, %i working minutes back is %s (the earliest such instant)', (from, minutes, want) => {
    expect(local(subtractWorkingTime(clock, at(from), minutes * MIN))).toBe(want);
  });

  it.each([
    ['2025-03-10T07:30', true],
    ['2025-03-10T11:30', true],
    ['2025-03-10T12:00', false],
    ['2025-03-10T17:00', true],
    ['2025-03-10T17:01', false],
    ['2025-03-08T09:00', false],
    ['2025-04-26T09:00', true],
  ])('%s is office time: %s', (instant, want) => {
    expect(isOfficeTime(clock, at(instant))).toBe(want);
  });

  it('follows a center’s own office hours', () => {
    const hours = OfficeHours.parse({
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    const own = createWorkingClock(clock.calendar, hours);
    expect(own.schedule.dayMs).toBe(480 * MIN);
    expect(local(addWorkingTime(own, at('2025-03-10T12:30'), 240 * MIN))).toBe('2025-03-10T17:00');
    expect(local(addWorkingTime(own, at('2025-03-10T12:30'), 480 * MIN))).toBe('2025-03-11T12:00');
  });

  it.each([
    [{ sessions: [] }],
    [{ sessions: [{ start: '13:30', end: '11:30' }] }],
    [
      {
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '11:00', end: '17:00' },
        ],
      },
    ],
    [{ sessions: [{ start: '7:30', end: '11:30' }] }],
  ])('refuses office hours %j', (hours) => {
    expect(OfficeHours.safeParse(hours).success).toBe(false);
  });
});
