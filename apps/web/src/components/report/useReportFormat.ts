import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '@motcua/core';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDayMonthYear } from '../calendar/calendar-days.ts';

/** Resolved early or on time over resolved (DESIGN §8), or null when nothing was resolved. */
export function onTimeRateOf(figures: ReportFigures): number | null {
  const { total, early, onTime } = figures.resolved;
  return total === 0 ? null : (early + onTime) / total;
}

/** How the statistics pages write counts, shares and dates, in the UI language. */
export function useReportFormat() {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'vi-VN';
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    count: (n: number) => count.format(n),
    /** A share in [0, 1] as "97,5%", or the words for "none" (nothing resolved yet). */
    rate: (share: number | null) => (share === null ? t('report.noRate') : percent.format(share)),
    score: (n: number) => score.format(n),
    date: formatDayMonthYear,
  };
}
