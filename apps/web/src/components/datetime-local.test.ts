import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamInstant, vietnamNow } from './datetime-local.ts';

describe('vietnamInstant', () => {
  // The UTC moment is written a second time by hand: 7 hours before the time typed in Hà Nội.
  it.each([
    ['2026-03-10T14:00', '2026-03-10T14:00:00+07:00', Date.UTC(2026, 2, 10, 7, 0)],
    ['2026-01-01T06:59', '2026-01-01T06:59:00+07:00', Date.UTC(2025, 11, 31, 23, 59)],
    ['2028-02-29T00:00', '2028-02-29T00:00:00+07:00', Date.UTC(2028, 1, 28, 17, 0)],
  ])('reads %s in UTC+7 as %s', (local, iso, utc) => {
    expect(vietnamInstant(local)).toBe(iso);
    expect(Date.parse(vietnamInstant(local))).toBe(utc);
  });

  it.each([undefined, ''])('leaves an empty box (%j) empty, for the server to ask for it', (local) => {
    expect(vietnamInstant(local)).toBe('');
  });
});

describe('vietnamNow', () => {
  it.each([
    [Date.UTC(2025, 11, 31, 16, 59, 59, 999), '2025-12-31T23:59'],
    [Date.UTC(2025, 11, 31, 17, 0, 30), '2026-01-01T00:00'],
    [Date.UTC(2026, 5, 15, 2, 30), '2026-06-15T09:30'],
  ])('shows %i as %s in Hà Nội', (now, local) => {
    expect(vietnamNow(now)).toBe(local);
  });

  it('reads back as the same minute, whatever the moment', () => {
    const minute = 60_000;
    const moments = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
    fc.assert(
      fc.property(moments, (now) => Date.parse(vietnamInstant(vietnamNow(now))) === Math.floor(now / minute) * minute),
    );
  });
});
