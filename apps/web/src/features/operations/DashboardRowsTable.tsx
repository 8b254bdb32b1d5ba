import type { HTMLAttributes } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardRow } from '@motcua/core';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { Figure } from './Figure.tsx';
import type { Drill } from './useDashboardParams.ts';

type AgencyRow = Dashboard['byAgency'][number];
type FieldRow = Dashboard['byField'][number];
type Row = AgencyRow | FieldRow;

const COUNTS = [
  { key: 'receivedMonth', label: 'received', measure: 'received_month' },
  { key: 'resolvedMonth', label: 'resolved', measure: 'resolved_month' },
  { key: 'lateMonth', label: 'late', measure: 'late_month' },
  { key: 'inProgress', label: 'inProgress', measure: 'in_progress' },
  { key: 'overdue', label: 'overdue', measure: 'overdue' },
] as const satisfies readonly { key: keyof DashboardRow; label: string; measure: Drill['measure'] }[];

const nameOf = (row: Row) => ('agency' in row ? row.agency.name : row.field.name);
const narrow = (row: Row): Pick<Drill, 'agency' | 'field'> =>
  'agency' in row ? { agency: row.agency.slug } : { field: row.field.code };
const keyOf = (row: Row) => ('agency' in row ? row.agency.slug : row.field.code);

/** This month's figures split by agency or by field, sortable; each figure lists its dossiers. */
export function DashboardRowsTable({
  rows,
  by,
  onOpen,
}: {
  rows: readonly Row[];
  by: 'agency' | 'field';
  onOpen: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const heading = `dashboard-by-${by}`;
  const columns = [
    {
      key: 'name',
      title: t(`report.${by}`),
      render: (_: unknown, row: Row) => nameOf(row),
      sorter: (a: Row, b: Row) => nameOf(a).localeCompare(nameOf(b), 'vi'),
    },
    ...COUNTS.map((c) => ({
      key: c.key,
      title: t(`operations.dashboard.rows.${c.label}`),
      align: 'right' as const,
      width: 120,
      sorter: (a: Row, b: Row) => a[c.key] - b[c.key],
      render: (_: unknown, row: Row) => (
        <Figure
          text={format.count(row[c.key])}
          value={row[c.key]}
          label={`${t(`operations.dashboard.measure.${c.measure}`)}, ${nameOf(row)}`}
          alert={c.key === 'overdue' && row.overdue > 0}
          testId={`row-figure-${c.measure}`}
          onOpen={() => onOpen({ measure: c.measure, ...narrow(row) })}
        />
      ),
    })),
    {
      key: 'rate',
      title: t('operations.dashboard.rows.onTimeRate'),
      align: 'right' as const,
      width: 120,
      sorter: (a: Row, b: Row) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
      // The rate is of the dossiers resolved this month: its list is theirs.
      render: (_: unknown, row: Row) =>
        row.onTimeRate === null ? (
          <Typography.Text type="secondary">{format.rate(null)}</Typography.Text>
        ) : (
          <Figure
            text={format.rate(row.onTimeRate)}
            value={row.onTimeRate}
            label={`${t('operations.dashboard.rows.onTimeRate')}, ${nameOf(row)}`}
            onOpen={() => onOpen({ measure: 'resolved_month', ...narrow(row) })}
          />
        ),
    },
  ];
  const rowProps = (row: Row) =>
    ({ 'data-testid': `${heading}-row`, 'data-key': keyOf(row) }) as HTMLAttributes<HTMLElement>;
  return (
    <section aria-labelledby={heading}>
      <Typography.Title level={2} id={heading} style={{ fontSize: 18 }}>
        {t(by === 'agency' ? 'operations.dashboard.rows.byAgency' : 'operations.dashboard.rows.byField')}
      </Typography.Title>
      <Table<Row>
        size="small"
        rowKey={keyOf}
        columns={columns}
        dataSource={[...rows]}
        onRow={rowProps}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('report.empty')}</Typography.Text> }}
      />
    </section>
  );
}
