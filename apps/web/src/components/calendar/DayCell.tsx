import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { dayKind, lunarLabel, type DayKind } from './calendar-days.ts';
import { useDayTexts } from './useDayTexts.ts';

export type DayCellProps = {
  day: CalendarDay;
  /** Edited in a draft that is not saved yet. */
  changed?: boolean;
  isToday?: boolean;
  onSelect?: (day: CalendarDay) => void;
};

/** The cell's accessible name ("Thứ Bảy 26/04/2025, làm bù, âm lịch 29/3") and its tooltip. */
function useCellTexts(day: CalendarDay, kind: DayKind, changed: boolean) {
  const { t } = useTranslation();
  const { dayName, kindLabel } = useDayTexts();
  const { lunar } = day;
  const lunarDate = `${lunar.day}/${lunar.month}${lunar.leap ? ` ${t('calendar.leapMonth')}` : ''}`;
  const parts = [dayName(day.date), kindLabel(day), t('calendar.lunarDate', { date: lunarDate })];
  if (changed) parts.push(t('calendar.kindLabel.unsaved'));
  const tip =
    kind === 'holiday' ? day.holiday : kind === 'saturday-worked' ? t('calendar.legend.saturdayWorked') : null;
  const title = [tip, changed ? t('calendar.legend.changed') : null].filter(Boolean).join(' – ');
  return { label: parts.join(', '), title: title || undefined, leap: t('calendar.leapSuffix') };
}

/** One day: the solar day, the lunar day small under it; `data-date` and `data-kind` name it for tests. */
export function DayCell({ day, changed = false, isToday = false, onSelect }: DayCellProps) {
  const kind = dayKind(day);
  const { label, title, leap } = useCellTexts(day, kind, changed);
  const className = ['cal-day', `cal-day--${kind}`, changed ? 'cal-day--changed' : '', isToday ? 'cal-day--today' : '']
    .filter(Boolean)
    .join(' ');
  // The name is read from a hidden text, not an aria-label: WCAG 2.5.3 (axe label-content-name-mismatch) wants the
  // name to contain the visible "26 29/3", which the full sentence says in words.
  const content = (
    <>
      <span className="cal-day-solar" aria-hidden="true">
        {Number(day.date.slice(8))}
      </span>
      <span className={day.lunar.day === 1 ? 'cal-day-lunar cal-day-lunar--first' : 'cal-day-lunar'} aria-hidden="true">
        {lunarLabel(day.lunar, leap)}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
  if (!onSelect) {
    return (
      <td className={className} data-date={day.date} data-kind={kind} title={title}>
        {content}
      </td>
    );
  }
  return (
    <td className={className} data-date={day.date} data-kind={kind} data-changed={changed || undefined}>
      <button type="button" className="cal-day-button" title={title} onClick={() => onSelect(day)}>
        {content}
      </button>
    </td>
  );
}
