import { civilFromDay, dayFromCivil, dayOfInstant, formatLocalDate, LocalDate, parseLocalDate } from '@motcua/core';

/** A report period [from, to]: inclusive dates at the center (DESIGN §8). */
export type Period = { from: LocalDate; to: LocalDate };

export const PERIOD_PRESETS = ['month', 'quarter', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Today at the center (UTC+7), whatever the browser's time zone. */
export function todayAtCenter(now: number = Date.now()): LocalDate {
  return formatLocalDate(dayOfInstant(now));
}

/** From the first day of this month, quarter or year to `today`. */
export function periodToDate(preset: PeriodPreset, today: LocalDate = todayAtCenter()): Period {
  const { year, month } = civilFromDay(parseLocalDate(today));
  const firstMonth = preset === 'year' ? 1 : preset === 'quarter' ? month - ((month - 1) % 3) : month;
  return { from: formatLocalDate(dayFromCivil(year, firstMonth, 1)), to: today };
}

/** The period of an address (`?from=…&to=…`) when both dates are valid and in order; otherwise this year to date. */
export function periodOf(params: URLSearchParams): Period {
  const from = LocalDate.safeParse(params.get('from'));
  const to = LocalDate.safeParse(params.get('to'));
  if (from.success && to.success && from.data <= to.data) return { from: from.data, to: to.data };
  return periodToDate('year');
}

/** The preset a period is, if any: to light the matching quick button. */
export function presetOf(period: Period, today: LocalDate = todayAtCenter()): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const p = periodToDate(preset, today);
      return p.from === period.from && p.to === period.to;
    }) ?? null
  );
}
