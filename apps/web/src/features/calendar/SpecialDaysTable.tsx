import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@motcua/core';
import { dayKind } from '../../components/calendar/calendar-days.ts';
import { useDayTexts } from '../../components/calendar/useDayTexts.ts';

type Row = { date: string; kind: 'holiday' | 'saturday-worked'; name: string | null };

/** The year's days off and Saturdays worked, by name: what the colours of the grid mean, in words. */
export function SpecialDaysTable({ days }: { days: readonly CalendarDay[] }) {
  const { t } = useTranslation();
  const { dayName } = useDayTexts();
  const rows: Row[] = [];
  for (const day of days) {
    const kind = dayKind(day);
    if (kind === 'holiday' || kind === 'saturday-worked') rows.push({ date: day.date, kind, name: day.holiday });
  }
  const columns = [
    {
      key: 'date',
      title: t('calendar.specialDays.date'),
      render: (_: unknown, row: Row) => dayName(row.date),
    },
    {
      key: 'name',
      title: t('calendar.specialDays.name'),
      render: (_: unknown, row: Row) =>
        row.kind === 'saturday-worked' ? (
          <span className="cal-tag-worked">{t('calendar.specialDays.worked')}</span>
        ) : (
          (row.name ?? t('calendar.kindLabel.holiday'))
        ),
    },
  ];
  return (
    <section aria-labelledby="special-days-title">
      <Typography.Title level={2} id="special-days-title" style={{ fontSize: 18 }}>
        {t('calendar.specialDays.title')}
      </Typography.Title>
      <Table<Row>
        data-testid="special-days"
        size="small"
        rowKey="date"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('calendar.specialDays.empty')}</Typography.Text> }}
      />
    </section>
  );
}
