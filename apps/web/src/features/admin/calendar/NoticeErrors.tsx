import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { YearlyNotice } from '@motcua/core';
import { isApiError } from '../../../api/client.ts';
import { formatDayMonthYear } from '../../../components/calendar/calendar-days.ts';
import { noticeErrorTarget } from './notice-draft.ts';

/** A refused save or reset: the problem's title, and each field error named by what it is about ("Ngày làm bù 13/03/2027: …"). */
export function NoticeErrors({ error, notice }: { error: unknown; notice: YearlyNotice | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : null;
  const fieldName = (path: string) => {
    if (!notice) return path;
    const target = noticeErrorTarget(path, notice);
    if (target.field === null) return target.path;
    if ('date' in target) return t(`adminCalendar.field.${target.field}`, { date: formatDayMonthYear(target.date) });
    return t(`adminCalendar.field.${target.field}`);
  };
  const errors = problem?.errors ?? [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="notice-errors"
      title={problem?.title ?? t('errors.unexpected')}
      description={
        errors.length > 0 ? (
          <ul className="plain-list">
            {errors.map((e, i) => (
              <li key={i}>
                {fieldName(e.path)}: {e.message}
              </li>
            ))}
          </ul>
        ) : (
          problem?.detail
        )
      }
    />
  );
}
