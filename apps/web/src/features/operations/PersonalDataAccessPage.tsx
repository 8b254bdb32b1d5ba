import { useState } from 'react';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonalDataAccessEntry } from '@motcua/core';
import { usePersonalDataAccess } from '../../api/personal-data-access.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OperationsNav } from './OperationsNav.tsx';

const PAGE_SIZES = [20, 50, 100] as const;

/**
 * `/operations/personal-data-access`: who read which dossier's personal data, on what ground (NĐ 13/2023/NĐ-CP,
 * DESIGN §14). An agency head sees their agency's dossiers, the director every agency's: the server scopes the rows.
 */
export function PersonalDataAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const log = usePersonalDataAccess(paging.page, paging.pageSize);
  const columns = [
    {
      key: 'at',
      title: t('privacy.columns.at'),
      render: (_: unknown, e: PersonalDataAccessEntry) => formatInstant(e.accessedAt),
    },
    {
      key: 'dossier',
      title: t('privacy.columns.dossier'),
      render: (_: unknown, e: PersonalDataAccessEntry) => (
        <Link to={`/dossiers/${e.dossier.id}`}>{e.dossier.code}</Link>
      ),
    },
    {
      key: 'officer',
      title: t('privacy.columns.officer'),
      render: (_: unknown, e: PersonalDataAccessEntry) => e.officer.fullName,
    },
    {
      key: 'agency',
      title: t('privacy.columns.agency'),
      render: (_: unknown, e: PersonalDataAccessEntry) => e.agency.name,
    },
    {
      key: 'ground',
      title: t('privacy.columns.ground'),
      render: (_: unknown, e: PersonalDataAccessEntry) => <Tag>{t(`privacy.ground.${e.ground}`)}</Tag>,
    },
    {
      key: 'view',
      title: t('privacy.columns.view'),
      render: (_: unknown, e: PersonalDataAccessEntry) => t(`privacy.view.${e.view}`),
    },
    {
      key: 'requestId',
      title: t('privacy.columns.requestId'),
      render: (_: unknown, e: PersonalDataAccessEntry) => <Typography.Text code>{e.requestId ?? '—'}</Typography.Text>,
    },
  ];
  return (
    <Flex vertical gap="middle">
      <AreaHeading title={t('privacy.title')} />
      <OperationsNav />
      <Typography.Paragraph style={{ margin: 0 }}>{t('privacy.intro')}</Typography.Paragraph>
      {log.isError ? (
        <LoadFailedInline message={log.error.message} onRetry={() => void log.refetch()} />
      ) : (
        <ScrollRegion label={t('privacy.title')}>
          <Table
            rowKey="id"
            size="small"
            loading={log.isPending}
            columns={columns}
            dataSource={log.data?.items ?? []}
            locale={{ emptyText: t('privacy.empty') }}
            // Each column at its own width, the table scrolling inside its region: on a phone the request id squeezed
            // into a column one letter wide made every row a screen tall.
            scroll={{ x: 'max-content' }}
            data-testid="personal-data-access"
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total: log.data?.total ?? 0,
              pageSizeOptions: PAGE_SIZES.map(String),
              showSizeChanger: true,
              onChange: (page, pageSize) => setPaging({ page, pageSize }),
            }}
          />
        </ScrollRegion>
      )}
    </Flex>
  );
}
