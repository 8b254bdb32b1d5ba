import type { HTMLAttributes, ReactNode } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolutionReport, ResolutionRow } from '@motcua/core';
import './report.css';

/** A row's heading: its agency's, field's or receiving center's name. */
export const rowHeading = (row: ResolutionRow): string =>
  'agency' in row ? row.agency.name : 'field' in row ? row.field.name : row.center.name;
export const rowKey = (row: ResolutionRow): string =>
  'agency' in row ? row.agency.code : 'field' in row ? row.field.code : row.center.code;

type Props = {
  report: ResolutionReport;
  columns: TableColumnsType<ResolutionRow>;
  /** The total row's cells after its label, which spans `labelSpan` columns. */
  totals: ReactNode;
  label: string;
  labelSpan?: number;
  loading: boolean;
  /** `<testId>-table`, `<testId>-row` (with `data-key`), `<testId>-total`. */
  testId: string;
  scrollX: number;
  bordered?: boolean;
};

/** A report's rows (by agency or by field), not paged, with the total row under them: Biểu II.06a and the public figures. */
export function ReportRowsTable({
  report,
  columns,
  totals,
  label,
  labelSpan = 1,
  loading,
  testId,
  scrollX,
  bordered = false,
}: Props) {
  const { t } = useTranslation();
  // Table rows take any attribute; `onRow`'s type only lists the standard ones.
  const rowProps = (row: ResolutionRow) =>
    ({ 'data-testid': `${testId}-row`, 'data-key': rowKey(row) }) as HTMLAttributes<HTMLElement>;
  const totalRow = () => (
    <Table.Summary.Row className="report-total-row" data-testid={`${testId}-total`}>
      <Table.Summary.Cell index={0} colSpan={labelSpan}>
        {label}
      </Table.Summary.Cell>
      {totals}
    </Table.Summary.Row>
  );
  return (
    <Table<ResolutionRow>
      data-testid={`${testId}-table`}
      size="small"
      bordered={bordered}
      rowKey={rowKey}
      columns={columns}
      dataSource={report.rows}
      loading={loading}
      onRow={rowProps}
      pagination={false}
      summary={totalRow}
      scroll={{ x: scrollX }}
      showSorterTooltip={false}
      locale={{ emptyText: <Typography.Text type="secondary">{t('report.empty')}</Typography.Text> }}
    />
  );
}
