import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ResolutionReport, ResolutionRow } from '@motcua/core';
import { ReportRowsTable, rowHeading } from '../../components/report/ReportRowsTable.tsx';
import { useReportFormat } from '../../components/report/useReportFormat.ts';

type Group = 'received' | 'resolved' | 'inProgress';
type ColumnLabel = 'total' | 'online' | 'direct' | 'carriedOver' | 'early' | 'onTime' | 'late' | 'inTime' | 'overdue';

/** Columns (3)–(13) of Biểu II.06a/VPCP/KSTT as numbered on the form (DESIGN §8); the server's Excel and PDF number them alike. */
const FIGURES: { no: number; group: Group; label: ColumnLabel; value: (f: ReportFigures) => number }[] = [
  { no: 3, group: 'received', label: 'total', value: (f) => f.received.total },
  { no: 4, group: 'received', label: 'online', value: (f) => f.received.online },
  { no: 5, group: 'received', label: 'direct', value: (f) => f.received.direct },
  { no: 6, group: 'received', label: 'carriedOver', value: (f) => f.received.carriedOver },
  { no: 7, group: 'resolved', label: 'total', value: (f) => f.resolved.total },
  { no: 8, group: 'resolved', label: 'early', value: (f) => f.resolved.early },
  { no: 9, group: 'resolved', label: 'onTime', value: (f) => f.resolved.onTime },
  { no: 10, group: 'resolved', label: 'late', value: (f) => f.resolved.late },
  { no: 11, group: 'inProgress', label: 'total', value: (f) => f.inProgress.total },
  { no: 12, group: 'inProgress', label: 'inTime', value: (f) => f.inProgress.onTime },
  { no: 13, group: 'inProgress', label: 'overdue', value: (f) => f.inProgress.overdue },
];
const GROUPS: Group[] = ['received', 'resolved', 'inProgress'];

/** Biểu II.06a on screen: STT (1), the row's heading (2), the figures (3)–(13) under their groups, and the total row. */
export function ResolutionTable({ report, loading }: { report: ResolutionReport; loading: boolean }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const numbered = (name: string, no: number) => (
    <>
      {name}
      <span className="report-col-no">({no})</span>
    </>
  );
  const columns = [
    {
      key: 'no',
      title: numbered(t('operations.report.columns.no'), 1),
      width: 52,
      align: 'center' as const,
      render: (_: unknown, __: ResolutionRow, i: number) => i + 1,
    },
    {
      key: 'heading',
      title: numbered(t(`operations.report.columns.${report.by}`), 2),
      render: (_: unknown, row: ResolutionRow) => rowHeading(row),
    },
    ...GROUPS.map((group) => ({
      key: group,
      title: t(`operations.report.columns.${group}`),
      children: FIGURES.filter((c) => c.group === group).map((c) => ({
        key: `c${c.no}`,
        title: numbered(t(`operations.report.columns.${c.label}`), c.no),
        align: 'right' as const,
        width: 80,
        render: (_: unknown, row: ResolutionRow) => <span className="report-number">{format.count(c.value(row))}</span>,
      })),
    })),
  ];
  const totals = FIGURES.map((c, i) => (
    <Table.Summary.Cell key={c.no} index={i + 2} align="right">
      <span className="report-number" data-column={c.no}>
        {format.count(c.value(report.total))}
      </span>
    </Table.Summary.Cell>
  ));
  return (
    <ReportRowsTable
      report={report}
      columns={columns}
      label={t('report.total')}
      labelSpan={2}
      totals={totals}
      loading={loading}
      testId="resolution"
      scrollX={1120}
      bordered
    />
  );
}
