import { Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicResolution } from '../../api/reports.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PeriodPicker } from '../../components/report/PeriodPicker.tsx';
import { usePeriodParams } from '../../components/report/usePeriodParams.ts';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PublicStatisticsTable } from './PublicStatisticsTable.tsx';
import { StatisticsCards } from './StatisticsCards.tsx';
import { StatisticsChart } from './StatisticsChart.tsx';

/**
 * `/so-lieu?from&to`: each agency's figures for citizens, no sign-in (DESIGN §8); this year to date by default.
 * Open and overdue dossiers are counted at the end of the period's last day, as Biểu II.06a counts them (§8), so
 * that this page and the official report agree; each such figure says the day.
 */
export function PublicStatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  const format = useReportFormat();
  const [period, setPeriod] = usePeriodParams();
  const report = usePublicResolution(period);
  const narrow = !Grid.useBreakpoint().md;
  const data = report.data;
  const atEnd = t('statistics.atEnd', { date: format.date(data?.to ?? period.to) });
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ marginBottom: 8 }}>
          {t('statistics.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>{t('statistics.intro')}</Typography.Paragraph>
      </div>
      <PeriodPicker period={period} onChange={setPeriod} />
      <section aria-labelledby="statistics-table-title">
        <Typography.Title level={2} id="statistics-table-title" style={{ fontSize: 18, marginBottom: 4 }}>
          {t('statistics.table')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" data-testid="statistics-as-of">
          {t('report.periodShown', { from: format.date(period.from), to: format.date(period.to) })}.{' '}
          {t('statistics.levelsAtEnd', { atEnd })}
        </Typography.Paragraph>
        {report.isPending && <PageLoading />}
        {report.isError && <LoadFailedInline message={report.error.message} onRetry={() => void report.refetch()} />}
        {data && (
          <Flex vertical gap="middle">
            <StatisticsChart report={data} atEnd={atEnd} narrow={narrow} />
            {narrow ? (
              <StatisticsCards report={data} atEnd={atEnd} />
            ) : (
              <PublicStatisticsTable report={data} loading={report.isFetching} atEnd={atEnd} />
            )}
          </Flex>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 13 }}>
          {t('statistics.received')}: {t('statistics.receivedHint')}. {t('statistics.onTimeRate')}:{' '}
          {t('statistics.onTimeRateHint')}.
        </Typography.Paragraph>
      </section>
    </Flex>
  );
}
