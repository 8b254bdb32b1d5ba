import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogImportJob, CatalogImportRowError } from '@motcua/core';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { useCatalogImport } from './useCatalogImport.ts';

/** The rows a rejected import named, as the server words them (Vietnamese): sheet, row, reason. */
function ImportErrors({ errors }: { errors: CatalogImportRowError[] }) {
  const { t } = useTranslation();
  const columns = [
    { key: 'sheet', title: t('adminCatalog.import.sheet'), dataIndex: 'sheet', width: 180 },
    { key: 'row', title: t('adminCatalog.import.row'), dataIndex: 'row', width: 80, align: 'right' as const },
    { key: 'reason', title: t('adminCatalog.import.reason'), dataIndex: 'reason' },
  ];
  return (
    <Table<CatalogImportRowError & { key: number }>
      data-testid="import-errors"
      size="small"
      columns={columns}
      dataSource={errors.map((error, key) => ({ ...error, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

function JobOutcome({ job }: { job: CatalogImportJob }) {
  const { t } = useTranslation();
  if (job.status === 'running') {
    const percent = job.progress.total === 0 ? 0 : Math.floor((job.progress.done / job.progress.total) * 100);
    return (
      <div role="status">
        <Typography.Text>{t('adminCatalog.import.processing', job.progress)}</Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('adminCatalog.import.processing', job.progress)} />
      </div>
    );
  }
  if (job.status === 'applied') {
    const summary = job.summary ? t('adminCatalog.import.summary', job.summary) : undefined;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid="import-applied"
        title={t('adminCatalog.import.applied')}
        description={summary}
      />
    );
  }
  if (job.status === 'rejected') {
    return (
      <Flex vertical gap="small">
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="import-rejected"
          title={t('adminCatalog.import.rejected')}
          description={t('adminCatalog.import.rejectedDetail')}
        />
        <ImportErrors errors={job.errors} />
      </Flex>
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('adminCatalog.import.failed')}
      description={job.errors.map((e) => e.reason).join(' ')}
    />
  );
}

/** Choose an .xlsx file: it is uploaded (with its progress), checked and applied whole, or refused with every bad row named. */
export function CatalogImport() {
  const { t } = useTranslation();
  const { state, job, start } = useCatalogImport();
  const busy = state.phase === 'uploading' || job.data?.status === 'running';
  return (
    <Card title={<h2 className="card-heading">{t('adminCatalog.import.title')}</h2>} size="small">
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('adminCatalog.import.intro')}</Typography.Text>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            start(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} disabled={busy} data-testid="import-choose">
            {t('adminCatalog.import.choose')}
          </Button>
        </Upload>
        {state.phase === 'uploading' && (
          <div role="status">
            <Typography.Text>{t('adminCatalog.import.uploading')}</Typography.Text>
            <Progress percent={state.percent} status="active" aria-label={t('adminCatalog.import.uploading')} />
          </div>
        )}
        <ProblemAlert error={state.phase === 'upload-failed' ? state.error : job.error} />
        {job.data && <JobOutcome job={job.data} />}
      </Flex>
    </Card>
  );
}
