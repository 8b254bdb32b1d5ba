import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { officeSchedule } from '@motcua/core';
import { useOfficeHours } from '../../api/calendar.ts';

/** The sessions of a working day, read-only. */
export function OfficeHoursSummary() {
  const { t } = useTranslation();
  const { data: hours, isPending, isError } = useOfficeHours();
  return (
    <Card
      title={<h2 className="card-heading">{t('calendar.officeHours.title')}</h2>}
      size="small"
      style={{ height: '100%' }}
    >
      {isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {isError && <Typography.Text type="danger">{t('errors.network')}</Typography.Text>}
      {hours && (
        <div data-testid="office-hours">
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('calendar.officeHours.days')}</Typography.Paragraph>
          <ul className="plain-list">
            {hours.sessions.map((session, i) => (
              <li key={session.start}>
                <Typography.Text type="secondary">{t('calendar.officeHours.session', { n: i + 1 })}:</Typography.Text>{' '}
                <Typography.Text strong>
                  {session.start} – {session.end}
                </Typography.Text>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            {t('calendar.officeHours.perDay', { minutes: officeSchedule(hours).dayMs / 60_000 })}
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}
