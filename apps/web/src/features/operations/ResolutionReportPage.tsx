import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ReportGrouping } from '@motcua/core';
import { reportFiles, useResolutionReport, type ResolutionSearch } from '../../api/reports.ts';
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
import { ResolutionTable } from './ResolutionTable.tsx';
import './operations.css';

/**
 * `/operations/reports/resolution?from&to&by&rollup`: Biểu II.06a on screen, and the same query as Excel and PDF (DESIGN §8);
 * below it, the ledger of the same period exported by a job with its progress (issue 7).
 */
export function ResolutionReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('operations.report.title'));
  const format = useReportFormat();
  const [period, setPeriod] = usePeriodParams();
  const [params, setParams] = useSearchParams();
  const by = ReportGrouping.safeParse(params.get('by')).data ?? 'agency';
  const rollup = params.get('rollup') === '1';
  const search: ResolutionSearch = { ...period, by, rollup };
  const update = (changes: { by?: string; rollup?: string }) =>
    setParams((prev) => withChanges(prev, ['by', 'rollup'], changes), { replace: true });
  const report = useResolutionReport(search);
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('operations.report.title')} />
      <OperationsNav />
      <Flex gap="large" align="end" wrap>
        <PeriodPicker period={period} onChange={setPeriod} />
        <div>
          <Typography.Text strong id="report-by">
            {t('operations.report.by')}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Segmented
              aria-labelledby="report-by"
              data-testid="report-by"
              value={by}
              options={[
                { value: 'agency', label: t('operations.report.byAgency') },
                { value: 'field', label: t('operations.report.byField') },
              ]}
              onChange={(value) => update({ by: value === 'agency' ? undefined : value })}
            />
          </div>
        </div>
        <Flex gap="small" align="center" style={{ paddingBottom: 6 }}>
          <Switch
            id="report-rollup"
            checked={rollup}
            onChange={(on) => update({ rollup: on ? '1' : undefined })}
            data-testid="report-rollup"
          />
          <label htmlFor="report-rollup">{t('operations.report.rollup')}</label>
        </Flex>
      </Flex>
      <section aria-labelledby="report-table-title">
        <Flex justify="space-between" align="baseline" wrap gap="small" style={{ marginBottom: 12 }}>
          <div>
            <Typography.Title level={2} id="report-table-title" style={{ fontSize: 18, margin: 0 }}>
              {t('operations.report.form')}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="report-period">
              {t('report.periodShown', { from: format.date(period.from), to: format.date(period.to) })} ·{' '}
              {report.data?.center?.name ?? t('report.province')}
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
      <LedgerExport period={period} />
    </Flex>
  );
}
