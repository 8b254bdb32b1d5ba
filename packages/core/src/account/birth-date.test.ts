import { describe, expect, it } from 'vitest';
import { isPastBirthDate } from './birth-date.ts';

describe('isPastBirthDate: before today in Vietnam (UTC+7)', () => {
  it.each([
    // birth date, now (an instant), past? — written by hand
    ['1995-04-12', '2026-12-07T10:00:00Z', true],
    ['2026-12-06', '2026-12-07T10:00:00Z', true],
    ['2026-12-07', '2026-12-07T10:00:00Z', false],
    // 18:00 UTC is already 01:00 on the 8th in Vietnam: the 7th is yesterday there.
    ['2026-12-07', '2026-12-07T18:00:00Z', true],
    ['2026-12-08', '2026-12-07T18:00:00Z', false],
    ['2030-01-01', '2026-12-07T10:00:00Z', false],
  ] as const)('%s at %s → %s', (birthDate, now, expected) => {
    expect(isPastBirthDate(birthDate, Date.parse(now))).toBe(expected);
  });
});
