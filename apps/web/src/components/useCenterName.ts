import { useTranslation } from 'react-i18next';
import { dayOfInstant, formatLocalDate } from '@motcua/core';
import { useCenters } from '../api/centers.ts';
import { openProvinceCenter } from './province-center.ts';

/** Today's date in Vietnam (UTC+7), whatever the browser's time zone. */
export const todayInVietnam = (now = Date.now()): string => formatLocalDate(dayOfInstant(now));

/**
 * The name of the province center open today, read from the server; a neutral "Trung tâm Phục vụ hành chính công"
 * while it loads, when the server has none yet (a fresh install) or cannot be reached.
 */
export function useCenterName(): string {
  const { t } = useTranslation();
  const centers = useCenters();
  return openProvinceCenter(centers.data ?? [], todayInVietnam())?.name ?? t('app.centerName');
}
