import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS, officeHoursOn, type OfficeHours } from './office-hours.ts';

const summer: OfficeHours = {
  sessions: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};
const winter: OfficeHours = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '16:30' },
  ],
};

describe('the office hours in force on a day (DESIGN §13)', () => {
  const periods = [
    { effectiveFrom: '2025-10-01', hours: winter },
    { effectiveFrom: '2025-04-01', hours: summer },
  ];
  it.each([
    ['before any period: the default hours', '2025-03-31', DEFAULT_OFFICE_HOURS],
    ['the first day of a period', '2025-04-01', summer],
    ['the last day before the next', '2025-09-30', summer],
    ['the latest begun, whatever the order stored', '2026-01-05', winter],
  ])('%s', (_, day, expected) => {
    expect(officeHoursOn(periods, day)).toEqual(expected);
  });
});
