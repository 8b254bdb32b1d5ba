import type { HTMLAttributes } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DossierSummary } from '@motcua/core';
import type { DossierList } from '../../api/dossiers.ts';
import { LoadFailedInline } from '../StatusPages.tsx';
import { dossierPaths } from './dossier-paths.ts';
import { StatusTag, WarningTags } from './StatusTag.tsx';
import { useDossierFormat } from './useDossierFormat.ts';
import { inboxPagination } from './inbox-pagination.ts';

export type DossierTableProps = {
  results: UseQueryResult<DossierList>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** An inbox page in the server's order (soonest due first), paged by the server; each code opens the dossier. */
export function DossierTable({ results, page, pageSize, onPageChange }: DossierTableProps) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const columns = [
    {
      key: 'code',
      title: t('dossier.inbox.code'),
      width: 230,
      render: (_: unknown, row: DossierSummary) => (
        <Link to={dossierPaths.view(row.id)} className="dossier-code" data-testid="dossier-link">
          {row.code}
        </Link>
      ),
    },
    {
      key: 'applicant',
      title: t('dossier.inbox.applicantAndProcedure'),
      render: (_: unknown, row: DossierSummary) => (
        <>
          <Typography.Text strong>{row.applicantName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{row.procedure.name}</Typography.Text>
        </>
      ),
    },
    {
      key: 'status',
      title: t('dossier.inbox.status'),
      width: 220,
      render: (_: unknown, row: DossierSummary) => (
        <Flex gap={4} wrap>
          <StatusTag status={row.status} />
          <WarningTags warnings={row.warnings} />
        </Flex>
      ),
    },
    {
      key: 'due',
      title: t('dossier.inbox.due'),
      width: 150,
      render: (_: unknown, row: DossierSummary) => (row.dueAt ? format.instant(row.dueAt) : t('dossier.inbox.noDue')),
    },
    {
      key: 'assignee',
      title: t('dossier.inbox.assignee'),
      width: 170,
      render: (_: unknown, row: DossierSummary) => row.assignee?.fullName ?? '',
    },
  ];
  // Table rows take any attribute; `onRow`'s type only lists the standard ones.
  const rowProps = (row: DossierSummary) =>
    ({ 'data-testid': 'dossier-row', 'data-code': row.code }) as HTMLAttributes<HTMLElement>;
  return (
    <>
      {results.isError && <LoadFailedInline message={results.error.message} onRetry={() => void results.refetch()} />}
      <Table<DossierSummary>
        rowKey="id"
        columns={columns}
        dataSource={results.data?.items ?? []}
        loading={results.isFetching && !results.data}
        onRow={rowProps}
        locale={{ emptyText: <Typography.Text type="secondary">{t('dossier.inbox.empty')}</Typography.Text> }}
        pagination={inboxPagination({ page, pageSize, total: results.data?.total ?? 0, onPageChange }, (total) =>
          t('dossier.inbox.count', { count: total }),
        )}
        scroll={{ x: 900 }}
      />
    </>
  );
}
