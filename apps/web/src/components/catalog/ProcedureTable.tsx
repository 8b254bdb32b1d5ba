import type { HTMLAttributes } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Grid, Table, Typography, type PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureList, ProcedureListItem } from '@motcua/core';
import { LoadFailedInline } from '../StatusPages.tsx';
import { OnlineLevelTag } from './OnlineLevelTag.tsx';
import { ProcedureCards } from './ProcedureCards.tsx';
import { useCatalogFormat } from './useCatalogFormat.ts';
import { PAGE_SIZES } from './useProcedureSearchParams.ts';

export type ProcedureTableProps = {
  /** The search's answer: while the next page loads the previous one stays; a failure is said above the table. */
  results: UseQueryResult<ProcedureList>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Where a procedure's name leads: the public page or the admin's editor. */
  hrefOf: (code: string) => string;
  /** The `data-testid` of each row. */
  rowTestId: string;
};

/** One page of procedures in the server's order (best match first), paged by the server; as cards on a phone. */
export function ProcedureTable({ results, page, pageSize, onPageChange, hrefOf, rowTestId }: ProcedureTableProps) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const phone = Grid.useBreakpoint().md === false;
  const pagination: PaginationProps = {
    current: page,
    pageSize,
    total: results.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: (total) => t('catalog.results.count', { count: total }),
    onChange: onPageChange,
  };
  const columns = [
    {
      key: 'name',
      title: t('catalog.results.name'),
      render: (_: unknown, row: ProcedureListItem) => (
        <>
          <Link to={hrefOf(row.code)} className="procedure-name-link">
            {row.name}
          </Link>
          <br />
          <Typography.Text type="secondary">
            {t('catalog.results.code')}: {row.code}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'agency',
      title: t('catalog.results.agency'),
      render: (_: unknown, row: ProcedureListItem) => row.agency.name,
      width: '18%',
    },
    {
      key: 'field',
      title: t('catalog.results.field'),
      render: (_: unknown, row: ProcedureListItem) => row.field.name,
      width: '18%',
    },
    {
      key: 'timeLimit',
      title: t('catalog.results.timeLimit'),
      render: (_: unknown, row: ProcedureListItem) => format.timeLimit(row.timeLimit),
      width: 140,
    },
    {
      key: 'onlineLevel',
      title: t('catalog.results.onlineLevel'),
      render: (_: unknown, row: ProcedureListItem) => <OnlineLevelTag level={row.onlineLevel} />,
      width: 120,
    },
  ];
  // Table rows take any attribute; `onRow`'s type only lists the standard ones.
  const rowProps = () => ({ 'data-testid': rowTestId }) as HTMLAttributes<HTMLElement>;
  const failed = results.isError && (
    <LoadFailedInline message={results.error.message} onRetry={() => void results.refetch()} />
  );
  if (phone) {
    const items = results.data?.items ?? [];
    return (
      <>
        {failed}
        <ProcedureCards {...{ items, pagination, hrefOf, rowTestId }} loading={results.isFetching} />
      </>
    );
  }
  return (
    <>
      {failed}
      <Table<ProcedureListItem>
        rowKey="code"
        columns={columns}
        dataSource={results.data?.items ?? []}
        loading={results.isFetching}
        onRow={rowProps}
        locale={{ emptyText: <Typography.Text type="secondary">{t('catalog.results.empty')}</Typography.Text> }}
        pagination={pagination}
        scroll={{ x: 800 }}
      />
    </>
  );
}
