import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CenterLevel, ReportGrouping } from '@motcua/core';
import { reportFiles, useResolutionReport, type ResolutionSearch } from '../../api/reports.ts';
import { useMe } from '../../api/useMe.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PeriodPicker } from '../../components/report/PeriodPicker.tsx';
import { usePeriodParams } from '../../components/report/usePeriodParams.ts';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { withChanges } from '../../components/url-search.ts';
import { LedgerExport } from './LedgerExport.tsx';
import { OperationsNav } from './OperationsNav.tsx';
import { ResolutionFilters, type ResolutionChanges } from './ResolutionFilters.tsx';
import { ResolutionTable } from './ResolutionTable.tsx';
import './operations.css';

/**
 * `/operations/reports/resolution?from&to&by&rollup&center&level`: Biểu II.06a on screen, and the same query as Excel and PDF (DESIGN §8);
 * below it, the ledger of the same period exported by a job with its progress (issue 7).
 */
export function ResolutionReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('operations.report.title'));
  const format = useReportFormat();
  const [period, setPeriod] = usePeriodParams();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  // A center's director reads their center's figures only (the server forces it) and not the province's ledger.
  const isDirector = me?.roles.includes('director') ?? false;
  const search: ResolutionSearch = {
    ...period,
    by: ReportGrouping.safeParse(params.get('by')).data ?? 'agency',
    rollup: params.get('rollup') === '1',
    center: (isDirector && params.get('center')) || undefined,
    level: (isDirector && CenterLevel.safeParse(params.get('level')).data) || undefined,
  };
  const update = (changes: ResolutionChanges) =>
    setParams((prev) => withChanges(prev, ['by', 'rollup', 'center', 'level'], changes), { replace: true });
  const report = useResolutionReport(search);
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('operations.report.title')} />
      <OperationsNav />
      <Flex gap="large" align="end" wrap>
        <PeriodPicker period={period} onChange={setPeriod} />
        <ResolutionFilters search={search} pickCenter={isDirector} onChange={update} />
      </Flex>
      <section aria-labelledby="report-table-title">
        <Flex justify="space-between" align="baseline" wrap gap="small" style={{ marginBottom: 12 }}>
          <div>
            <Typography.Title level={2} id="report-table-title" style={{ fontSize: 18, margin: 0 }}>
              {t('operations.report.form')}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="report-period">
              {t('report.periodShown', { from: format.date(period.from), to: format.date(period.to) })}
              {/* Whose figures the server answered with: a center's director's are their center's, asked or not. */}
              {report.data && ` · ${report.data.center?.name ?? t('report.province')}`}
            </Typography.Text>
          </div>
          <Flex gap="small" wrap>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={reportFiles.resolutionXlsx(search)}
              download
              data-testid="report-xlsx"
            >
              {t('operations.report.xlsx')}
            </Button>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              href={reportFiles.resolutionPdf(search)}
              download
              data-testid="report-pdf"
            >
              {t('operations.report.pdf')}
            </Button>
          </Flex>
        </Flex>
        {report.isPending && <PageLoading />}
        {report.isError && <LoadFailedInline message={report.error.message} onRetry={() => void report.refetch()} />}
        {report.data && <ResolutionTable report={report.data} loading={report.isFetching} />}
      </section>
      {isDirector && <LedgerExport period={period} />}
    </Flex>
  );
}
