import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicResolution } from '../../api/reports.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PeriodPicker } from '../../components/report/PeriodPicker.tsx';
import { usePeriodParams } from '../../components/report/usePeriodParams.ts';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PublicStatisticsTable } from './PublicStatisticsTable.tsx';

/** `/so-lieu?from&to`: each agency's figures for citizens, no sign-in (DESIGN §8); this year to date by default. */
export function PublicStatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  const format = useReportFormat();
  const [period, setPeriod] = usePeriodParams();
  const report = usePublicResolution(period);
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
        <Typography.Paragraph type="secondary">
          {t('report.periodShown', { from: format.date(period.from), to: format.date(period.to) })}
        </Typography.Paragraph>
        {report.isPending && <PageLoading />}
        {report.isError && <LoadFailedInline message={report.error.message} onRetry={() => void report.refetch()} />}
        {report.data && <PublicStatisticsTable report={report.data} loading={report.isFetching} />}
      </section>
    </Flex>
  );
}
