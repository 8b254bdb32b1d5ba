import { useTranslation } from 'react-i18next';
import type { YearlyNotice } from '@motcua/core';
import { formatDayMonthYear } from '../../../components/calendar/calendar-days.ts';
import { noticeErrorTarget } from './notice-draft.ts';

/** What a field error of the notice sent is about, in words ("Ngày làm bù 13/03/2027"); the path when unknown. */
export function useNoticeFieldName(notice: YearlyNotice | undefined) {
  const { t } = useTranslation();
  return (path: string) => {
    if (!notice) return path;
    const target = noticeErrorTarget(path, notice);
    if (target.field === null) return target.path;
    if ('date' in target) return t(`adminCalendar.field.${target.field}`, { date: formatDayMonthYear(target.date) });
    return t(`adminCalendar.field.${target.field}`);
  };
}
