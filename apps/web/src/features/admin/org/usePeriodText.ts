import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../../../components/calendar/calendar-days.ts';

/** "từ 01/07/2025", or "01/07/2025 – 30/06/2026" once closed or ended. */
export function usePeriodText() {
  const { t } = useTranslation();
  return ({ validFrom, validTo }: { validFrom: string; validTo: string | null }) =>
    validTo === null
      ? t('org.common.periodOpen', { from: formatDayMonthYear(validFrom) })
      : t('org.common.periodClosed', { from: formatDayMonthYear(validFrom), to: formatDayMonthYear(validTo) });
}
