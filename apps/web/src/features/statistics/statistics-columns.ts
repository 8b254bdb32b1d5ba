import type { ReportFigures } from '@motcua/core';
import { onTimeRateOf, type useReportFormat } from '../../components/report/useReportFormat.ts';

export type StatisticsColumn = {
  key: 'received' | 'resolved' | 'onTimeRate' | 'inProgress' | 'overdue';
  value: (f: ReportFigures) => number | null;
  /** A level at the end of the period's last day, not a flow within the period: its label says so. */
  atEnd: boolean;
};

/** The figures a citizen sees for each agency, in the table, the cards and the chart alike. */
export const STATISTICS_COLUMNS: StatisticsColumn[] = [
  { key: 'received', value: (f) => f.received.total, atEnd: false },
  { key: 'resolved', value: (f) => f.resolved.total, atEnd: false },
  { key: 'onTimeRate', value: onTimeRateOf, atEnd: false },
  { key: 'inProgress', value: (f) => f.inProgress.total, atEnd: true },
  { key: 'overdue', value: (f) => f.inProgress.overdue, atEnd: true },
];

/** A column's figure as shown: the rate as a percentage (or the words for none), a count with its thousands. */
export function figureText(c: StatisticsColumn, f: ReportFigures, format: ReturnType<typeof useReportFormat>): string {
  const value = c.value(f);
  return c.key === 'onTimeRate' ? format.rate(value) : format.count(value ?? 0);
}
