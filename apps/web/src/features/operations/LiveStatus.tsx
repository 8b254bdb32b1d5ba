import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@motcua/core';
import { formatDayMonthYear } from '../../components/calendar/calendar-days.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';

/** "Live" while the event stream is connected (EventSource reconnects by itself), and the moment the figures hold for. */
export function LiveStatus({ live, dashboard }: { live: boolean; dashboard: Dashboard | undefined }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="end" gap={2}>
      <span
        role="status"
        data-testid="dashboard-live"
        data-live={live}
        title={live ? t('operations.dashboard.liveHint') : undefined}
      >
        {live ? (
          <Badge status="processing" color="#237804" text={t('operations.dashboard.live')} />
        ) : (
          <Badge status="default" text={t('operations.dashboard.connecting')} />
        )}
      </span>
      {dashboard && (
        <Typography.Text type="secondary" data-testid="dashboard-at">
          {t('operations.dashboard.asOf', {
            time: formatInstant(dashboard.at),
            monthStart: formatDayMonthYear(dashboard.monthStart),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
