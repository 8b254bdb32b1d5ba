import type { HTMLAttributes } from 'react';
import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DossierStatus, type DashboardDossier, type DashboardDossierPage } from '@motcua/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import { StatusTag } from '../../components/dossier/StatusTag.tsx';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { DRILL_PAGE_SIZES } from './useDashboardParams.ts';

type Props = {
  title: string | null;
  results: UseQueryResult<DashboardDossierPage>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onClose: () => void;
};

/** The dossiers a figure counts, newest first, paged by the server; each code opens the dossier's page. */
export function DrillDrawer({ title, results, page, pageSize, onPageChange, onClose }: Props) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('operations.dashboard.drill.none')}</Typography.Text>;
  const columns = [
    {
      key: 'code',
      title: t('operations.dashboard.drill.code'),
      width: 210,
      render: (_: unknown, row: DashboardDossier) => (
        <Link to={dossierPaths.view(row.id)} className="dossier-code" data-testid="drill-link">
          {row.code}
        </Link>
      ),
    },
    {
      key: 'procedure',
      title: t('operations.dashboard.drill.procedure'),
      render: (_: unknown, row: DashboardDossier) => (
        <>
          {row.procedureName}
          <br />
          <Typography.Text type="secondary">{row.agency.name}</Typography.Text>
        </>
      ),
    },
    {
      key: 'channel',
      title: t('operations.dashboard.drill.channel'),
      width: 110,
      render: (_: unknown, row: DashboardDossier) => t(`operations.dashboard.channel.${row.channel}`),
    },
    {
      key: 'status',
      title: t('operations.dashboard.drill.status'),
      width: 150,
      render: (_: unknown, row: DashboardDossier) => {
        const status = DossierStatus.safeParse(row.status);
        return status.success ? <StatusTag status={status.data} /> : row.status;
      },
    },
    {
      key: 'times',
      title: t('operations.dashboard.drill.times'),
      width: 230,
      render: (_: unknown, row: DashboardDossier) => (
        <dl className="drill-times">
          <dt>{t('operations.dashboard.drill.receivedAt')}:</dt>
          <dd>{formatInstant(row.receivedAt)}</dd>
          <dt>{t('operations.dashboard.drill.dueAt')}:</dt>
          <dd>{row.dueAt ? formatInstant(row.dueAt) : none}</dd>
          <dt>{t('operations.dashboard.drill.resolvedAt')}:</dt>
          <dd>{row.resolvedAt ? formatInstant(row.resolvedAt) : none}</dd>
        </dl>
      ),
    },
  ];
  const rowProps = (row: DashboardDossier) =>
    ({ 'data-testid': 'drill-row', 'data-code': row.code }) as HTMLAttributes<HTMLElement>;
  return (
    // As wide as the table needs, never wider than the screen.
    <Drawer open={title !== null} title={title} size="min(1100px, 100vw)" onClose={onClose} destroyOnHidden>
      {results.isError && <LoadFailedInline message={results.error.message} onRetry={() => void results.refetch()} />}
      <Table<DashboardDossier>
        rowKey="id"
        columns={columns}
        dataSource={results.data?.items ?? []}
        loading={results.isFetching && !results.data}
        onRow={rowProps}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('operations.dashboard.drill.empty')}</Typography.Text>,
        }}
        pagination={{
          current: page,
          pageSize,
          total: results.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [...DRILL_PAGE_SIZES],
          showTotal: (total) => t('dossier.inbox.count', { count: total }),
          onChange: onPageChange,
        }}
        scroll={{ x: 960 }}
      />
    </Drawer>
  );
}
