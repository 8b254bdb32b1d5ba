import { Flex, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@motcua/core';
import { useReportFormat } from '../../components/report/useReportFormat.ts';

type Month = Dashboard['trend'][number];

const RECEIVED_COLOR = '#0d4c92';
const RESOLVED_COLOR = '#237804';

/**
 * The last 12 months as a table of bars (received, resolved, on-time rate): a chart that screen readers
 * read as the table it is. The bars are drawn with Ant Design's Progress; there is no chart library here.
 */
export function TrendTable({ trend }: { trend: Dashboard['trend'] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const most = Math.max(1, ...trend.flatMap((m) => [m.received, m.resolved]));
  const bar = (value: number, color: string) => (
    <Flex align="center" gap="small">
      <span className="dash-bar" aria-hidden>
        <Progress percent={(value / most) * 100} showInfo={false} strokeColor={color} size="small" />
      </span>
      <span className="report-number" style={{ minWidth: 56, textAlign: 'right' }}>
        {format.count(value)}
      </span>
    </Flex>
  );
  const columns = [
    {
      key: 'month',
      title: t('operations.dashboard.trend.month'),
      width: 100,
      render: (_: unknown, m: Month) => `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
    },
    {
      key: 'received',
      title: t('operations.dashboard.trend.received'),
      render: (_: unknown, m: Month) => bar(m.received, RECEIVED_COLOR),
    },
    {
      key: 'resolved',
      title: t('operations.dashboard.trend.resolved'),
      render: (_: unknown, m: Month) => bar(m.resolved, RESOLVED_COLOR),
    },
    {
      key: 'rate',
      title: t('operations.dashboard.trend.onTimeRate'),
      width: 220,
      render: (_: unknown, m: Month) =>
        m.onTimeRate === null ? (
          <Typography.Text type="secondary">{format.rate(null)}</Typography.Text>
        ) : (
          <Progress
            percent={Math.round(m.onTimeRate * 1000) / 10}
            format={() => format.rate(m.onTimeRate)}
            size="small"
          />
        ),
    },
  ];
  return (
    <section aria-labelledby="dashboard-trend">
      <Typography.Title level={2} id="dashboard-trend" style={{ fontSize: 18 }}>
        {t('operations.dashboard.trend.title')}
      </Typography.Title>
      <Table<Month>
        data-testid="dashboard-trend"
        size="small"
        rowKey="month"
        columns={columns}
        dataSource={trend}
        pagination={false}
        scroll={{ x: 640 }}
      />
    </section>
  );
}
