import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { dayKind, formatDayMonthYear, weekdayOfDate } from './calendar-days.ts';

/** Words for a day, in the UI language: "Thứ Bảy 26/04/2025", and what kind of day it is ("làm bù"). */
export function useDayTexts() {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdaysLong', { returnObjects: true });
  const dayName = (date: string) => `${weekdays[weekdayOfDate(date)] ?? ''} ${formatDayMonthYear(date)}`;
  const kindLabel = (day: CalendarDay) => {
    switch (dayKind(day)) {
      case 'working':
        return t('calendar.kindLabel.working');
      case 'weekend':
        return t('calendar.kindLabel.weekend');
      case 'saturday-worked':
        return t('calendar.kindLabel.saturdayWorked');
      case 'holiday':
        return day.holiday
          ? t('calendar.kindLabel.holidayNamed', { name: day.holiday })
          : t('calendar.kindLabel.holiday');
    }
  };
  return { dayName, kindLabel };
}
