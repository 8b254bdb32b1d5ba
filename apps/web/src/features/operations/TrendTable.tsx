import { useMemo } from 'react';
import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@motcua/core';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { TrendChart } from './TrendChart.tsx';
import { trendMonths, type TrendMonth } from './trend-series.ts';

/**
 * The months that have data, up to 12 (the server leaves out the empty ones before the first): a chart, and
 * under it the same figures as a table, which screen readers read. The table fits a phone's width: a sideways
 * scroll with nothing focusable inside could not be scrolled by keyboard (axe scrollable-region-focusable).
 */
export function TrendTable({ trend }: { trend: Dashboard['trend'] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const months = useMemo(() => trendMonths(trend), [trend]);
  const number = (value: number) => <span className="report-number">{format.count(value)}</span>;
  const columns = [
    { key: 'month', title: t('operations.dashboard.trend.month'), render: (_: unknown, m: TrendMonth) => m.label },
    ...(['received', 'onTime', 'late'] as const).map((key) => ({
      key,
      title: t(`operations.dashboard.trend.${key}`),
      align: 'right' as const,
      render: (_: unknown, m: TrendMonth) => number(m[key]),
    })),
    {
      key: 'rate',
      title: t('operations.dashboard.trend.onTimeRate'),
      width: '28%',
      render: (_: unknown, m: TrendMonth) =>
        m.onTimeRate === null ? (
          <Typography.Text type="secondary">{format.rate(null)}</Typography.Text>
        ) : (
          // axe `aria-progressbar-name`: the bar is read as "on-time rate, 11/2026", its value after.
          <Progress
            percent={Math.round(m.onTimeRate * 1000) / 10}
            format={() => format.rate(m.onTimeRate)}
            size="small"
            aria-label={t('operations.dashboard.trend.rateOf', { month: m.label })}
          />
        ),
    },
  ];
  return (
    <section aria-labelledby="dashboard-trend">
      <Typography.Title level={2} id="dashboard-trend" style={{ fontSize: 18 }}>
        {t('operations.dashboard.trend.title')}
      </Typography.Title>
      <TrendChart months={months} />
      <Table<TrendMonth>
        data-testid="dashboard-trend"
        size="small"
        rowKey="month"
        columns={columns}
        dataSource={months}
        pagination={false}
      />
    </section>
  );
}
