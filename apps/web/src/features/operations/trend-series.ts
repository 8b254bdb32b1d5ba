import type { Dashboard } from '@motcua/core';

export type TrendMonth = {
  month: string;
  /** "MM/YYYY", as months are written on Vietnamese forms. */
  label: string;
  received: number;
  /** Resolved early or on time. */
  onTime: number;
  late: number;
  onTimeRate: number | null;
};

/**
 * The trend's months with their resolutions split into on time and late. The API gives the on-time rate of the
 * resolved ones (good / resolved), so good = rate × resolved, an integer up to rounding.
 */
export function trendMonths(trend: Dashboard['trend']): TrendMonth[] {
  return trend.map((m) => {
    const onTime = m.onTimeRate === null ? 0 : Math.round(m.onTimeRate * m.resolved);
    return {
      month: m.month,
      label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
      received: m.received,
      onTime,
      late: m.resolved - onTime,
      onTimeRate: m.onTimeRate,
    };
  });
}
