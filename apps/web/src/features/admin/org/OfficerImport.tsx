import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficerImportJob, OfficerImportRowError } from '@motcua/core';
import { XLSX_TYPE } from '../../../api/upload-xlsx.ts';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { orgPaths } from './org-api.ts';
import { useOfficerImport } from './useOfficerImport.ts';

/** The rows a refused import named, in the server's words: row, column, reason. */
function ImportErrors({ errors }: { errors: OfficerImportRowError[] }) {
  const { t } = useTranslation();
  const columns = [
    { key: 'row', title: t('org.import.row'), dataIndex: 'row', width: 80, align: 'right' as const },
    { key: 'column', title: t('org.import.column'), dataIndex: 'column', width: 160 },
    { key: 'reason', title: t('org.import.reason'), dataIndex: 'reason' },
  ];
  return (
    <Table<OfficerImportRowError & { key: number }>
      data-testid="officer-import-errors"
      size="small"
      columns={columns}
      dataSource={errors.map((error, key) => ({ ...error, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: true }}
    />
  );
}

function JobOutcome({ job }: { job: OfficerImportJob }) {
  const { t } = useTranslation();
  if (job.status === 'running') {
    const percent = job.progress.total === 0 ? 0 : Math.floor((job.progress.done / job.progress.total) * 100);
    const text = t('org.import.processing', job.progress);
    return (
      <div role="status">
        <Typography.Text>{text}</Typography.Text>
        <Progress percent={percent} status="active" aria-label={text} />
      </div>
    );
  }
  if (job.status === 'applied') {
    const summary = job.summary ? t('org.import.summary', job.summary) : undefined;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid="officer-import-applied"
        title={t('org.import.applied')}
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
          data-testid="officer-import-rejected"
          title={t('org.import.rejected')}
          description={t('org.import.rejectedDetail')}
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
      title={t('org.import.failed')}
      description={job.errors.map((e) => e.reason).join(' ')}
    />
  );
}

/** Export the officers to Excel (the import's template too), and import a file: applied whole or refused with every bad row. */
export function OfficerImport() {
  const { t } = useTranslation();
  const { state, job, start } = useOfficerImport();
  const busy = state.phase === 'uploading' || job.data?.status === 'running';
  return (
    <Card title={<h2 className="card-heading">{t('org.import.title')}</h2>} size="small">
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('org.import.intro')}</Typography.Text>
        <Flex gap="small" wrap>
          <Button
            href={orgPaths.exportXlsx}
            download
            icon={<DownloadOutlined aria-hidden />}
            data-testid="officers-export"
          >
            {t('org.officer.export')}
          </Button>
          <Upload
            accept={`.xlsx,${XLSX_TYPE}`}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              start(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} disabled={busy} data-testid="officer-import-choose">
              {t('org.import.choose')}
            </Button>
          </Upload>
        </Flex>
        {state.phase === 'uploading' && (
          <div role="status">
            <Typography.Text>{t('org.import.uploading')}</Typography.Text>
            <Progress percent={state.percent} status="active" aria-label={t('org.import.uploading')} />
          </div>
        )}
        <ProblemAlert error={state.phase === 'upload-failed' ? state.error : job.error} />
        {job.data && <JobOutcome job={job.data} />}
      </Flex>
    </Card>
  );
}
