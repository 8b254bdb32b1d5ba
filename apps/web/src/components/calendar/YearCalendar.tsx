import { useMemo } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { today as todayInVietnam } from './calendar-days.ts';
import { CalendarLegend } from './CalendarLegend.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import './calendar.css';

export type YearCalendarProps = {
  year: number;
  days: readonly CalendarDay[];
  /** The year's notice reference, shown above the months. */
  reference?: string | null;
  /** Dates edited in an unsaved draft. */
  changed?: ReadonlySet<string>;
  /** Makes every day a button. */
  onSelect?: (day: CalendarDay) => void;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Twelve month grids with the lunar dates, holidays, weekends and Saturdays worked. */
export function YearCalendar({ year, days, reference, changed, onSelect }: YearCalendarProps) {
  const { t } = useTranslation();
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const today = todayInVietnam();
  return (
    <Flex vertical gap="small" data-testid="year-calendar" data-year={year}>
      {reference && (
        <Typography.Paragraph data-testid="notice-reference" style={{ marginBottom: 0 }}>
          <Typography.Text strong>{t('calendar.reference')}</Typography.Text> {reference}
        </Typography.Paragraph>
      )}
      <CalendarLegend showChanged={changed !== undefined} />
      <div className="cal-year">
        {MONTHS.map((month) => (
          <MonthGrid
            key={month}
            year={year}
            month={month}
            days={byDate}
            changed={changed}
            today={today}
            onSelect={onSelect}
          />
        ))}
      </div>
    </Flex>
  );
}
