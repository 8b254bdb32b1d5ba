import { EyeOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, type ProcedureVersionSummary } from '@motcua/core';
import { CatalogSection } from '../../../components/catalog/CatalogSection.tsx';
import { useCatalogFormat } from '../../../components/catalog/useCatalogFormat.ts';
import { currentLanguage } from '../../../i18n/index.ts';

type Row = ProcedureVersionSummary;

/** Every version of the procedure, newest first; each one opens read-only. */
export function VersionHistory({ versions, onOpen }: { versions: readonly Row[]; onOpen: (version: number) => void }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const time = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const columns = [
    { key: 'version', title: t('adminCatalog.versions.version'), dataIndex: 'version', width: 90 },
    {
      key: 'from',
      title: t('adminCatalog.versions.effectiveFrom'),
      render: (_: unknown, row: Row) => format.date(row.effectiveFrom),
      width: 120,
    },
    {
      key: 'to',
      title: t('adminCatalog.versions.effectiveTo'),
      render: (_: unknown, row: Row) =>
        row.effectiveTo ? format.date(row.effectiveTo) : t('adminCatalog.versions.noEnd'),
      width: 120,
    },
    { key: 'name', title: t('catalog.results.name'), dataIndex: 'name' },
    { key: 'agency', title: t('catalog.results.agency'), render: (_: unknown, row: Row) => row.agency.name },
    {
      key: 'created',
      title: t('adminCatalog.versions.createdAt'),
      render: (_: unknown, row: Row) =>
        `${row.createdBy ? row.createdBy.fullName : t('adminCatalog.versions.system')} · ${time.format(new Date(row.createdAt))}`,
    },
    {
      key: 'open',
      title: <span className="visually-hidden">{t('adminCatalog.versions.openShort')}</span>,
      width: 90,
      render: (_: unknown, row: Row) => (
        <Button
          size="small"
          icon={<EyeOutlined aria-hidden />}
          aria-label={t('adminCatalog.versions.open', { version: row.version })}
          onClick={() => onOpen(row.version)}
        >
          {t('adminCatalog.versions.openShort')}
        </Button>
      ),
    },
  ];
  return (
    <CatalogSection id="version-history" title={t('adminCatalog.versions.title')}>
      <Table<Row>
        data-testid="version-history"
        size="small"
        rowKey="version"
        columns={columns}
        dataSource={[...versions]}
        onRow={() => ({ 'data-testid': 'version-row' }) as React.HTMLAttributes<HTMLElement>}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 800 }}
      />
    </CatalogSection>
  );
}
