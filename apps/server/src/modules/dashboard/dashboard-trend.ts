import type { Dashboard } from '@motcua/core';

const TREND_MONTHS = 12;

type Flow = { month: string; received: number; early: number; onTime: number; late: number };

const rate = (good: number, all: number) => (all === 0 ? null : good / all);
const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The first month of the trend ending with the given month (UTC+7 year and month), as a `YYYY-MM-01` day. */
export function trendStart(year: number, month: number): string {
  return `${month === 12 ? monthKey(year, 1) : monthKey(year - 1, month + 1)}-01`;
}

/**
 * The trend of the last 12 months, oldest first, from the months that have data: the leading months where
 * nothing was received or resolved are left out (a demo or a new center holds a few months, and eight months of
 * zeros read as a collapse). A quiet month after the first busy one stays: it is a figure. The current month is
 * always there.
 */
export function trendOf(flows: Flow[], year: number, month: number): Dashboard['trend'] {
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => {
    const offset = month - TREND_MONTHS + i;
    const key = monthKey(year + Math.floor(offset / 12), (((offset % 12) + 12) % 12) + 1);
    const rows = flows.filter((f) => f.month === key);
    const received = rows.reduce((s, r) => s + r.received, 0);
    const good = rows.reduce((s, r) => s + r.early + r.onTime, 0);
    const resolved = good + rows.reduce((s, r) => s + r.late, 0);
    return { month: key, received, resolved, onTimeRate: rate(good, resolved) };
  });
  const first = months.findIndex((m) => m.received > 0 || m.resolved > 0);
  return months.slice(first === -1 ? TREND_MONTHS - 1 : first);
}
