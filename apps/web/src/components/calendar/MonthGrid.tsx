import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { monthWeeks } from './calendar-days.ts';
import { DayCell } from './DayCell.tsx';

export type MonthGridProps = {
  year: number;
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  changed?: ReadonlySet<string>;
  today?: string;
  onSelect?: (day: CalendarDay) => void;
};

/** One month as a table, Monday to Sunday. */
export function MonthGrid({ year, month, days, changed, today, onSelect }: MonthGridProps) {
  const { t } = useTranslation();
  const short = t('calendar.weekdaysShort', { returnObjects: true });
  const long = t('calendar.weekdaysLong', { returnObjects: true });
  // Monday first: the long names are indexed from Sunday.
  const headers = short.map((abbr, i) => ({ abbr, name: long[(i + 1) % 7] ?? abbr }));
  const monthName = t('calendar.months', { returnObjects: true })[month - 1];
  return (
    <table className="cal-month" data-month={month}>
      <caption className="cal-month-caption">{monthName}</caption>
      <thead>
        <tr>
          {headers.map((header, i) => (
            <th
              key={header.abbr}
              scope="col"
              abbr={header.name}
              className={i >= 5 ? 'cal-head cal-head--weekend' : 'cal-head'}
            >
              {header.abbr}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, w) => (
          <tr key={w}>
            {week.map((date, i) => {
              const day = date ? days.get(date) : undefined;
              if (!date || !day) return <td key={date ?? `pad-${i}`} className="cal-pad" />;
              return (
                <DayCell
                  key={date}
                  day={day}
                  changed={changed?.has(date)}
                  isToday={date === today}
                  onSelect={onSelect}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
