import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ResolutionReport, ResolutionRow } from '@motcua/core';
import { ReportRowsTable, rowHeading } from '../../components/report/ReportRowsTable.tsx';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { figureText, STATISTICS_COLUMNS, type StatisticsColumn } from './statistics-columns.ts';

type Props = { report: ResolutionReport; loading: boolean; atEnd: string };

/** Each agency's figures for citizens, sortable by any column; the province's total below. */
export function PublicStatisticsTable({ report, loading, atEnd }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const show = (c: StatisticsColumn, f: ReportFigures) => (
    <span className="report-number">{figureText(c, f, format)}</span>
  );
  const title = (c: StatisticsColumn) => (
    <>
      {t(`statistics.${c.key}`)}
      {c.atEnd && <span className="statistics-at-end">{atEnd}</span>}
    </>
  );
  const columns = [
    {
      key: 'agency',
      title: t('report.agency'),
      render: (_: unknown, row: ResolutionRow) => rowHeading(row),
      sorter: (a: ResolutionRow, b: ResolutionRow) => rowHeading(a).localeCompare(rowHeading(b), 'vi'),
    },
    ...STATISTICS_COLUMNS.map((c) => ({
      key: c.key,
      title: title(c),
      align: 'right' as const,
      width: 150,
      // Rows without a rate (nothing resolved) sort below every rate.
      sorter: (a: ResolutionRow, b: ResolutionRow) => (c.value(a) ?? -1) - (c.value(b) ?? -1),
      render: (_: unknown, row: ResolutionRow) => show(c, row),
    })),
  ];
  const totals = STATISTICS_COLUMNS.map((c, i) => (
    <Table.Summary.Cell key={c.key} index={i + 1} align="right">
      {show(c, report.total)}
    </Table.Summary.Cell>
  ));
  return (
    <ReportRowsTable
      report={report}
      columns={columns}
      label={t('report.province')}
      totals={totals}
      loading={loading}
      testId="statistics"
      scrollX={900}
    />
  );
}
