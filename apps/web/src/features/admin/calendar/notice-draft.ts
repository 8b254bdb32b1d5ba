import type { CalendarDay, YearlyNotice } from '@motcua/core';
import { weekdayOfDate } from '../../../components/calendar/calendar-days.ts';
import { namePathOf } from '../../../components/problem/form-problem.ts';

/** The notice being edited: days off and Saturdays worked kept sorted, so that equal drafts compare equal. */
const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

export function withDayOff(notice: YearlyNotice, date: string, name: string): YearlyNotice {
  const daysOff = [...notice.daysOff.filter((d) => d.date !== date), { date, name }].sort(byDate);
  return { ...notice, daysOff, saturdaysWorked: notice.saturdaysWorked.filter((d) => d !== date) };
}

export function withoutDayOff(notice: YearlyNotice, date: string): YearlyNotice {
  return { ...notice, daysOff: notice.daysOff.filter((d) => d.date !== date) };
}

export function withSaturdayWorked(notice: YearlyNotice, date: string): YearlyNotice {
  const saturdaysWorked = [...notice.saturdaysWorked.filter((d) => d !== date), date].sort();
  return { ...notice, saturdaysWorked, daysOff: notice.daysOff.filter((d) => d.date !== date) };
}

export function withoutSaturdayWorked(notice: YearlyNotice, date: string): YearlyNotice {
  return { ...notice, saturdaysWorked: notice.saturdaysWorked.filter((d) => d !== date) };
}

type DayState = { off: string | null; worked: boolean };

function stateOf(notice: YearlyNotice, date: string): DayState {
  return {
    off: notice.daysOff.find((d) => d.date === date)?.name ?? null,
    worked: notice.saturdaysWorked.includes(date),
  };
}

/** The dates whose entry differs between the notice in force and the draft. */
export function changedDates(effective: YearlyNotice, draft: YearlyNotice): Set<string> {
  const dates = new Set(
    [...effective.daysOff, ...draft.daysOff]
      .map((d) => d.date)
      .concat(effective.saturdaysWorked, draft.saturdaysWorked),
  );
  return new Set(
    [...dates].filter((date) => {
      const [before, after] = [stateOf(effective, date), stateOf(draft, date)];
      return before.off !== after.off || before.worked !== after.worked;
    }),
  );
}

/**
 * The server's days with the draft's changes laid over them, so the admin sees an edit at once. A day
 * taken out of the notice shows as a working day; if a fixed holiday still applies, the server's days
 * after saving say so.
 */
export function draftDays(
  days: readonly CalendarDay[],
  draft: YearlyNotice,
  changed: ReadonlySet<string>,
): CalendarDay[] {
  if (changed.size === 0) return [...days];
  return days.map((day) => {
    if (!changed.has(day.date)) return day;
    const { off, worked } = stateOf(draft, day.date);
    if (worked) return { ...day, working: true, holiday: null };
    if (off !== null) return { ...day, working: false, holiday: off };
    const weekday = weekdayOfDate(day.date);
    return { ...day, working: weekday !== 0 && weekday !== 6, holiday: null };
  });
}

/** Where a field error of the notice points: the reference, the year, or one of its dates. */
export type NoticeErrorTarget =
  | { field: 'reference' | 'year' }
  | { field: 'dayOff' | 'saturdayWorked'; date: string }
  | { field: null; path: string };

export function noticeErrorTarget(path: string, notice: YearlyNotice): NoticeErrorTarget {
  const [head, index] = namePathOf(path);
  if (head === 'reference' || head === 'year') return { field: head };
  if (typeof index !== 'number') return { field: null, path };
  const dayOff = head === 'daysOff' ? notice.daysOff[index] : undefined;
  if (dayOff) return { field: 'dayOff', date: dayOff.date };
  const saturday = head === 'saturdaysWorked' ? notice.saturdaysWorked[index] : undefined;
  if (saturday) return { field: 'saturdayWorked', date: saturday };
  return { field: null, path };
}
