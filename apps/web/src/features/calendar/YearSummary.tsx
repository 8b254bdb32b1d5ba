import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { countYear } from '../../components/calendar/calendar-days.ts';

/** How many working days and days off the year has. */
export function YearSummary({ year, days }: { year: number; days: readonly CalendarDay[] }) {
  const { t } = useTranslation();
  const counts = countYear(days);
  const items = [
    { key: 'working', value: counts.working, label: t('calendar.counts.working') },
    { key: 'days-off', value: counts.daysOff, label: t('calendar.counts.daysOff') },
    { key: 'weekdays-off', value: counts.weekdaysOff, label: t('calendar.counts.weekdaysOff') },
    { key: 'saturdays-worked', value: counts.saturdaysWorked, label: t('calendar.counts.saturdaysWorked') },
  ];
  return (
    <Card
      title={<h2 className="card-heading">{t('calendar.counts.title', { year })}</h2>}
      size="small"
      style={{ height: '100%' }}
    >
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} sm={6} md={12} lg={6}>
            <Statistic title={item.label} value={item.value} data-testid={`count-${item.key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
