import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ResolutionReport, ResolutionRow } from '@motcua/core';
import { ReportRowsTable, rowHeading } from '../../components/report/ReportRowsTable.tsx';
import { onTimeRateOf, useReportFormat } from '../../components/report/useReportFormat.ts';

type Column = {
  key: string;
  label: 'received' | 'resolved' | 'onTimeRate' | 'inProgress' | 'overdue';
  value: (f: ReportFigures) => number | null;
};

const COLUMNS: Column[] = [
  { key: 'received', label: 'received', value: (f) => f.received.total },
  { key: 'resolved', label: 'resolved', value: (f) => f.resolved.total },
  { key: 'rate', label: 'onTimeRate', value: onTimeRateOf },
  { key: 'inProgress', label: 'inProgress', value: (f) => f.inProgress.total },
  { key: 'overdue', label: 'overdue', value: (f) => f.inProgress.overdue },
];

/** Each agency's figures for citizens, sortable by any column; the province's total below. */
export function PublicStatisticsTable({ report, loading }: { report: ResolutionReport; loading: boolean }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const show = (c: Column, f: ReportFigures) => {
    const value = c.value(f);
    return <span className="report-number">{c.key === 'rate' ? format.rate(value) : format.count(value ?? 0)}</span>;
  };
  const columns = [
    {
      key: 'agency',
      title: t('report.agency'),
      render: (_: unknown, row: ResolutionRow) => rowHeading(row),
      sorter: (a: ResolutionRow, b: ResolutionRow) => rowHeading(a).localeCompare(rowHeading(b), 'vi'),
    },
    ...COLUMNS.map((c) => ({
      key: c.key,
      title: t(`statistics.${c.label}`),
      align: 'right' as const,
      width: 150,
      // Rows without a rate (nothing resolved) sort below every rate.
      sorter: (a: ResolutionRow, b: ResolutionRow) => (c.value(a) ?? -1) - (c.value(b) ?? -1),
      render: (_: unknown, row: ResolutionRow) => show(c, row),
    })),
  ];
  const totals = COLUMNS.map((c, i) => (
    <Table.Summary.Cell key={c.key} index={i + 1} align="right">
      {show(c, report.total)}
    </Table.Summary.Cell>
  ));
  return (
    <>
      <ReportRowsTable
        report={report}
        columns={columns}
        label={t('report.province')}
        totals={totals}
        loading={loading}
        testId="statistics"
        scrollX={900}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 13 }}>
        {t('statistics.received')}: {t('statistics.receivedHint')}. {t('statistics.onTimeRate')}:{' '}
        {t('statistics.onTimeRateHint')}.
      </Typography.Paragraph>
    </>
  );
}
