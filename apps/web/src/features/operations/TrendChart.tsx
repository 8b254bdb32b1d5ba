import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/chart/EChart.tsx';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import type { TrendMonth } from './trend-series.ts';

export const TREND_COLORS = { received: '#0d4c92', onTime: '#237804', late: '#cf1322' };

/** Received beside resolved (on time and late stacked) per month: the shape of the work over the months with data. */
export function TrendChart({ months }: { months: TrendMonth[] }) {
  const { t, i18n } = useTranslation();
  const format = useReportFormat();
  const option = useMemo<EChartsOption>(() => {
    const bar = (name: string, color: string, data: number[], stack?: string) => ({
      type: 'bar' as const,
      name,
      data,
      stack,
      itemStyle: { color },
      barMaxWidth: 28,
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v) => format.count(Number(v)) },
      legend: { top: 0 },
      // Room for the legend on two lines at a phone's width.
      grid: { left: 8, right: 8, top: 60, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => m.label) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format.count(v) } },
      series: [
        bar(
          t('operations.dashboard.trend.received'),
          TREND_COLORS.received,
          months.map((m) => m.received),
        ),
        bar(
          t('operations.dashboard.trend.onTime'),
          TREND_COLORS.onTime,
          months.map((m) => m.onTime),
          'resolved',
        ),
        bar(
          t('operations.dashboard.trend.late'),
          TREND_COLORS.late,
          months.map((m) => m.late),
          'resolved',
        ),
      ],
    };
    // `format` is made anew each render but changes only with the language.
  }, [months, t, i18n.language]);
  const first = months[0]?.label ?? '';
  const last = months.at(-1)?.label ?? '';
  return (
    <EChart
      option={option}
      height={300}
      testId="dashboard-trend-chart"
      label={t('operations.dashboard.trend.chartLabel', { first, last })}
    />
  );
}
