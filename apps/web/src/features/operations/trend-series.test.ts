import { describe, expect, it } from 'vitest';
import { trendMonths } from './trend-series.ts';

describe('the trend chart’s months', () => {
  it.each([
    // resolved, good (early + on time): the split read back from the rate the API gives.
    [0, 0],
    [1, 0],
    [1, 1],
    [3, 2],
    [7, 3],
    [48_767, 48_766],
    [1_000_003, 999_999],
  ])('splits %i resolved into %i on time and the rest late', (resolved, good) => {
    const [month] = trendMonths([
      { month: '2026-11', received: 5, resolved, onTimeRate: resolved === 0 ? null : good / resolved },
    ]);
    expect(month).toEqual({
      month: '2026-11',
      label: '11/2026',
      received: 5,
      onTime: good,
      late: resolved - good,
      onTimeRate: resolved === 0 ? null : good / resolved,
    });
  });
});
