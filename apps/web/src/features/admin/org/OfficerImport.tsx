import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficerImportRowError } from '@motcua/core';
import { XlsxImportCard } from '../../../components/import/XlsxImportCard.tsx';
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

/** Export the officers to Excel (the import's template too), and import a file: applied whole or refused with every bad row. */
export function OfficerImport() {
  const { t } = useTranslation();
  const upload = useOfficerImport();
  return (
    <XlsxImportCard
      texts="org.import"
      testId="officer-import"
      upload={upload}
      errorTable={(job) => <ImportErrors errors={job.errors} />}
      extra={
        <Button
          href={orgPaths.exportXlsx}
          download
          icon={<DownloadOutlined aria-hidden />}
          data-testid="officers-export"
        >
          {t('org.officer.export')}
        </Button>
      }
    />
  );
}
