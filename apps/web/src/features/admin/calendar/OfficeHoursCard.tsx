import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOfficeHours } from '../../../api/calendar.ts';
import { OfficeHoursForm } from './OfficeHoursForm.tsx';

/** The office hours of the province center, editable. */
export function OfficeHoursCard() {
  const { t } = useTranslation();
  const hours = useOfficeHours();
  return (
    <Card title={<h2 className="card-heading">{t('adminCalendar.officeHours.title')}</h2>} style={{ height: '100%' }}>
      {hours.isPending && <Skeleton active />}
      {hours.isError && <Alert type="error" showIcon title={hours.error.message} />}
      {/* Remounted when the server's hours change, so the form starts from them. */}
      {hours.data && <OfficeHoursForm key={JSON.stringify(hours.data)} initial={hours.data} />}
    </Card>
  );
}
