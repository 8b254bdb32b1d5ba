import type { ReactNode } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { XLSX_TYPE } from '../../api/upload-xlsx.ts';
import type { useXlsxImport } from '../../api/useXlsxImport.ts';
import { ProblemAlert } from '../problem/ProblemAlert.tsx';

/** The texts of an import, under `<prefix>.title`, `.intro`, `.choose`, `.uploading`, `.processing`… */
export type ImportTexts = 'adminCatalog.import' | 'org.import';

export type ImportJobView = {
  status: 'running' | 'applied' | 'rejected' | 'failed';
  progress: { done: number; total: number };
  summary: Record<string, number> | null;
  errors: { reason: string }[];
};

type Props<J extends ImportJobView> = {
  texts: ImportTexts;
  /** `<testId>-choose`, `-applied`, `-rejected`: the controls a browser test drives. */
  testId: string;
  upload: Pick<ReturnType<typeof useXlsxImport>, 'state' | 'start'> & {
    job: { data?: J | undefined; error: unknown };
  };
  /** The table of a refused file's rows, in the server's words. */
  errorTable: (job: J) => ReactNode;
  /** Beside the choose button (the officers' export, which is also the template). */
  extra?: ReactNode;
};

function JobOutcome<J extends ImportJobView>({
  job,
  texts,
  testId,
  errorTable,
}: Omit<Props<J>, 'upload'> & { job: J }) {
  const { t } = useTranslation();
  if (job.status === 'running') {
    const percent = job.progress.total === 0 ? 0 : Math.floor((job.progress.done / job.progress.total) * 100);
    const text = t(`${texts}.processing`, job.progress);
    return (
      <div role="status">
        <Typography.Text>{text}</Typography.Text>
        <Progress percent={percent} status="active" aria-label={text} />
      </div>
    );
  }
  if (job.status === 'applied') {
    const summary = job.summary ? t(`${texts}.summary`, job.summary) : undefined;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid={`${testId}-applied`}
        title={t(`${texts}.applied`)}
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
          data-testid={`${testId}-rejected`}
          title={t(`${texts}.rejected`)}
          description={t(`${texts}.rejectedDetail`)}
        />
        {errorTable(job)}
      </Flex>
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(`${texts}.failed`)}
      description={job.errors.map((e) => e.reason).join(' ')}
    />
  );
}

/** Choose an .xlsx file: it is uploaded (with its progress), checked and applied whole, or refused with every bad row named. */
export function XlsxImportCard<J extends ImportJobView>({ texts, testId, upload, errorTable, extra }: Props<J>) {
  const { t } = useTranslation();
  const { state, job, start } = upload;
  const busy = state.phase === 'uploading' || job.data?.status === 'running';
  return (
    <Card title={<h2 className="card-heading">{t(`${texts}.title`)}</h2>} size="small">
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t(`${texts}.intro`)}</Typography.Text>
        <Flex gap="small" wrap>
          {extra}
          <Upload
            accept={`.xlsx,${XLSX_TYPE}`}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              start(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} disabled={busy} data-testid={`${testId}-choose`}>
              {t(`${texts}.choose`)}
            </Button>
          </Upload>
        </Flex>
        {state.phase === 'uploading' && (
          <div role="status">
            <Typography.Text>{t(`${texts}.uploading`)}</Typography.Text>
            <Progress percent={state.percent} status="active" aria-label={t(`${texts}.uploading`)} />
          </div>
        )}
        <ProblemAlert error={state.phase === 'upload-failed' ? state.error : job.error} />
        {job.data && <JobOutcome job={job.data} texts={texts} testId={testId} errorTable={errorTable} />}
      </Flex>
    </Card>
  );
}
