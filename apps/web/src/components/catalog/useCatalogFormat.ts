import { useTranslation } from 'react-i18next';
import { WORKING_DAY_MINUTES, type WorkingLimit } from '@motcua/core';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDayMonthYear } from '../calendar/calendar-days.ts';

/** How the catalog pages write numbers, amounts, time limits and dates, in the UI language. */
export function useCatalogFormat() {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'vi-VN';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' });
  const duration = (value: number, unit: WorkingLimit['unit']) =>
    unit === 'days'
      ? t('catalog.duration.days', { count: value, value: number.format(value) })
      : t('catalog.duration.hours', { count: value, value: number.format(value) });
  return {
    /** "8 ngày làm việc", "2,5 ngày làm việc", "4 giờ làm việc". */
    duration,
    timeLimit: (limit: WorkingLimit) => duration(limit.value, limit.unit),
    /** Working minutes in the unit of the procedure's limit: days (450 minutes each) or hours. */
    minutes: (minutes: number, unit: WorkingLimit['unit']) =>
      duration(Math.round((minutes / (unit === 'days' ? WORKING_DAY_MINUTES : 60)) * 100) / 100, unit),
    money: (vnd: number) => money.format(vnd),
    date: formatDayMonthYear,
  };
}
