import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExport } from '@motcua/core';
import { useAgencies } from '../../api/catalog.ts';
import { reportFiles, useReportExport, useStartReportExport } from '../../api/reports.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import type { Period } from '../../components/report/report-period.ts';
import { useReportFormat } from '../../components/report/useReportFormat.ts';

/** Where an export stands: its progress while it runs, then its file or its error. */
function ExportState({ job }: { job: ReportExport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const figures = { done: format.count(job.done), total: format.count(job.total) };
  if (job.status === 'running') {
    const percent = job.total === 0 ? 0 : Math.min(100, Math.floor((job.done / job.total) * 100));
    return (
      <div role="status" data-testid="ledger-progress">
        <Typography.Text>{t('report.ledger.progress', figures)}</Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('report.ledger.progress', figures)} />
      </div>
    );
  }
  if (job.status === 'done') {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid="ledger-done"
        title={t('report.ledger.done', figures)}
        description={
          <Button
            type="link"
            icon={<DownloadOutlined aria-hidden />}
            href={reportFiles.exportFile(job.id)}
            download={job.fileName}
            style={{ paddingInline: 0 }}
            data-testid="ledger-download"
          >
            {t('report.ledger.download', { fileName: job.fileName })}
          </Button>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="ledger-failed"
      title={t('report.ledger.failed')}
      description={job.error}
    />
  );
}

/**
 * Sổ theo dõi hồ sơ of the page's period, of one agency or all (issue 7): the file is made by a job on
 * the server, read every second for its progress. A job shown belongs to the period and agency chosen.
 */
export function LedgerExport({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const [agency, setAgency] = useState<string | undefined>();
  const agencies = useAgencies();
  const start = useStartReportExport();
  const scope = `${period.from}|${period.to}|${agency ?? ''}`;
  const [started, setStarted] = useState<{ id: string; scope: string } | null>(null);
  const job = useReportExport(started?.scope === scope ? started.id : null);
  const running = start.isPending || job.data?.status === 'running';
  const run = () =>
    start.mutate(
      { kind: 'ledger', ...period, ...(agency ? { agency } : {}) },
      { onSuccess: (created) => setStarted({ id: created.id, scope }) },
    );
  return (
    <section aria-labelledby="ledger-title">
      <Typography.Title level={2} id="ledger-title" style={{ fontSize: 18, margin: 0 }}>
        {t('report.ledger.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px' }}>
        {t('report.periodShown', { from: format.date(period.from), to: format.date(period.to) })}.{' '}
        {t('report.ledger.intro')}
      </Typography.Paragraph>
      <Flex vertical gap="middle" style={{ maxWidth: 640 }}>
        <Flex gap="middle" align="end" wrap>
          <div style={{ minWidth: 300, flex: 1 }}>
            <FilterSelect
              name="ledger-agency"
              label={t('report.agency')}
              value={agency ?? ''}
              allLabel={t('report.allAgencies')}
              options={(agencies.data ?? []).map((a) => ({ value: a.slug, label: a.name }))}
              loading={agencies.isPending}
              onChange={setAgency}
            />
          </div>
          <Button
            type="primary"
            icon={<FileExcelOutlined aria-hidden />}
            loading={running}
            onClick={run}
            data-testid="ledger-export"
          >
            {t('report.ledger.export')}
          </Button>
        </Flex>
        {start.isError && <Alert type="error" showIcon role="alert" title={start.error.message} />}
        {job.isError && <Alert type="error" showIcon role="alert" title={job.error.message} />}
        {job.data && <ExportState job={job.data} />}
      </Flex>
    </section>
  );
}
