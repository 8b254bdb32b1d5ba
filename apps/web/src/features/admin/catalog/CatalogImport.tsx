import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogImportRowError } from '@motcua/core';
import { XlsxImportCard } from '../../../components/import/XlsxImportCard.tsx';
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

/** The catalog's Excel import: applied whole, or refused with every bad row named. */
export function CatalogImport() {
  const upload = useCatalogImport();
  return (
    <XlsxImportCard
      texts="adminCatalog.import"
      testId="import"
      upload={upload}
      errorTable={(job) => <ImportErrors errors={job.errors} />}
    />
  );
}
