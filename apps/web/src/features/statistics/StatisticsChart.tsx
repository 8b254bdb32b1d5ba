import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import type { ResolutionReport } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/chart/EChart.tsx';
import { rowHeading } from '../../components/report/ReportRowsTable.tsx';
import { useReportFormat } from '../../components/report/useReportFormat.ts';

const SERIES = [
  { key: 'received', color: '#0d4c92', value: (f: ResolutionReport['total']) => f.received.total },
  { key: 'resolved', color: '#237804', value: (f: ResolutionReport['total']) => f.resolved.total },
  { key: 'overdue', color: '#cf1322', value: (f: ResolutionReport['total']) => f.inProgress.overdue },
] as const;

type Props = { report: ResolutionReport; atEnd: string; narrow: boolean };

/** Each agency's received, resolved and overdue as horizontal bars, in the table's order; agencies with nothing left out. */
export function StatisticsChart({ report, atEnd, narrow }: Props) {
  const { t, i18n } = useTranslation();
  const format = useReportFormat();
  const rows = useMemo(() => report.rows.filter((r) => r.received.total > 0 || r.inProgress.total > 0), [report]);
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format.count(Number(v)) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: narrow ? 64 : 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        minInterval: 1,
        splitNumber: narrow ? 2 : 5,
        axisLabel: { formatter: (v: number) => format.count(v) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map(rowHeading),
        axisLabel: { width: narrow ? 110 : 260, overflow: 'truncate' },
      },
      series: SERIES.map((s) => ({
        type: 'bar' as const,
        name: s.key === 'overdue' ? `${t('statistics.overdue')} ${atEnd}` : t(`statistics.${s.key}`),
        data: rows.map(s.value),
        itemStyle: { color: s.color },
        barMaxWidth: 10,
      })),
    }),
    // `format` is made anew each render but changes only with the language.
    [rows, atEnd, narrow, t, i18n.language],
  );
  return (
    <EChart
      option={option}
      height={rows.length * 42 + 80}
      testId="statistics-chart"
      label={t('statistics.chartLabel', { agencies: rows.length })}
    />
  );
}
