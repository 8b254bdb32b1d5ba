import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '@motcua/core';
import { isApiError } from '../../api/client.ts';
import { dossierFiles, useDossierDocuments } from '../../api/dossiers.ts';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { formatInstant, useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { currentLanguage } from '../../i18n/index.ts';

const PAGE_SIZE = 10;
const UNITS = ['B', 'KB', 'MB'] as const;

/** 1 234 567 bytes → "1,2 MB" in Vietnamese, "1.2 MB" in English. */
function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${UNITS[unit]}`;
}

/**
 * A document the citizen gave from their store (DESIGN §15): said so, with when an officer first checked it; none
 * yet means this reception is its first check.
 */
function StoreOrigin({ firstCheckedAt }: { firstCheckedAt: string | null }) {
  const { t } = useTranslation();
  return (
    <div data-testid="document-from-store">
      <Tag color="blue">{t('online.officer.fromStore')}</Tag>
      <Typography.Text type="secondary">
        {firstCheckedAt
          ? t('online.officer.firstChecked', { at: formatInstant(firstCheckedAt) })
          : t('online.officer.firstCheck')}
      </Typography.Text>
    </div>
  );
}

/** The dossier's files, paged by the server; each opens in a new tab or downloads under its own name. Hidden from readers outside the agency. */
export function DossierDocuments({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const [page, setPage] = useState(1);
  const documents = useDossierDocuments(dossierId, page, PAGE_SIZE);
  // A consulted agency's officer sees the dossier but not its files (DESIGN §10): nothing to show them.
  if (isApiError(documents.error, 403) || isApiError(documents.error, 404)) return null;
  return (
    <CatalogSection id="dossier-documents" title={t('dossier.documents.title')}>
      {documents.isError && (
        <LoadFailedInline message={documents.error.message} onRetry={() => void documents.refetch()} />
      )}
      <ScrollRegion label={t('dossier.documents.title')}>
        <Table<DocumentInfo>
          size="small"
          rowKey="id"
          dataSource={documents.data?.items ?? []}
          loading={documents.isFetching && !documents.data}
          style={{ minWidth: 640 }}
          data-testid="dossier-documents"
          locale={{ emptyText: <Typography.Text type="secondary">{t('dossier.documents.empty')}</Typography.Text> }}
          pagination={
            documents.data && documents.data.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: documents.data.total,
                  onChange: setPage,
                  showSizeChanger: false,
                }
              : false
          }
          columns={[
            {
              key: 'name',
              title: t('dossier.documents.name'),
              render: (_: unknown, d: DocumentInfo) => (
                <>
                  <a href={dossierFiles.document(d.id)} target="_blank" rel="noopener" data-testid="document-link">
                    {d.name}
                  </a>
                  {d.fromStore && <StoreOrigin firstCheckedAt={d.fromStore.firstCheckedAt} />}
                </>
              ),
            },
            {
              key: 'kind',
              title: t('dossier.documents.kind'),
              render: (_: unknown, d: DocumentInfo) => t(`dossier.documents.kinds.${d.kind}`),
            },
            {
              key: 'size',
              title: t('dossier.documents.size'),
              align: 'right',
              render: (_: unknown, d: DocumentInfo) => formatSize(d.size),
            },
            {
              key: 'pages',
              title: t('dossier.documents.pages'),
              align: 'right',
              render: (_: unknown, d: DocumentInfo) => d.pages ?? '—',
            },
            {
              key: 'uploadedAt',
              title: t('dossier.documents.uploadedAt'),
              render: (_: unknown, d: DocumentInfo) => format.instant(d.uploadedAt),
            },
            {
              key: 'download',
              title: <span className="visually-hidden">{t('dossier.documents.download')}</span>,
              render: (_: unknown, d: DocumentInfo) => (
                <Button
                  type="link"
                  icon={<DownloadOutlined aria-hidden />}
                  href={dossierFiles.document(d.id)}
                  download={d.name}
                  aria-label={t('dossier.documents.downloadName', { name: d.name })}
                  data-testid="document-download"
                >
                  {t('dossier.documents.download')}
                </Button>
              ),
            },
          ]}
        />
      </ScrollRegion>
    </CatalogSection>
  );
}
