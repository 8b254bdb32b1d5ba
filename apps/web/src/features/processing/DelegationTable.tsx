import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DelegationStatus, DelegationView } from '@motcua/core';
import { useCancelDelegation, useDelegations } from '../../api/delegations.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { problemOf } from '../../components/problem/problem.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';

const PAGE_SIZES = [10, 20, 50] as const;
/** Ant Design's tag colours that keep 4.5:1 contrast on their own background. */
const STATUS_COLOURS: Record<DelegationStatus, string> = {
  scheduled: 'blue',
  active: 'green',
  ended: 'default',
  cancelled: 'red',
};
/** The past stays as it was: only a delegation that has not ended may be cancelled. */
const CANCELLABLE: ReadonlySet<DelegationStatus> = new Set(['scheduled', 'active']);

/** The agency's delegations, newest first, paged by the server; one not yet ended can be cancelled. */
export function DelegationTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const delegations = useDelegations(paging.page, paging.pageSize);
  const cancel = useCancelDelegation();
  const names = (d: DelegationView) => ({ from: d.from.fullName, to: d.to.fullName });
  const onCancel = (d: DelegationView) =>
    cancel.mutateAsync(d.id).then(
      () => void message.success(t('processing.delegations.list.cancelled')),
      (error: unknown) => void message.error(problemOf(error)?.title ?? t('errors.unexpected')),
    );
  const columns = [
    {
      key: 'from',
      title: t('processing.delegations.list.from'),
      render: (_: unknown, d: DelegationView) => <Typography.Text strong>{d.from.fullName}</Typography.Text>,
    },
    { key: 'to', title: t('processing.delegations.list.to'), render: (_: unknown, d: DelegationView) => d.to.fullName },
    {
      key: 'period',
      title: t('processing.delegations.list.period'),
      render: (_: unknown, d: DelegationView) =>
        t('processing.delegations.list.periodValue', { from: formatInstant(d.startsAt), to: formatInstant(d.endsAt) }),
    },
    { key: 'reason', title: t('processing.delegations.list.reason'), dataIndex: 'reason' },
    {
      key: 'status',
      title: t('processing.delegations.list.status'),
      render: (_: unknown, d: DelegationView) => (
        <Flex vertical gap={4} align="start">
          <Tag color={STATUS_COLOURS[d.status]} data-testid="delegation-status" data-status={d.status}>
            {t(`processing.delegations.status.${d.status}`)}
          </Tag>
          {d.cancelledAt && d.cancelledBy && (
            <Typography.Text type="secondary">
              {t('processing.delegations.list.cancelledBy', {
                at: formatInstant(d.cancelledAt),
                name: d.cancelledBy.fullName,
              })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'createdBy',
      title: t('processing.delegations.list.createdBy'),
      render: (_: unknown, d: DelegationView) => d.createdBy.fullName,
    },
    {
      key: 'actions',
      title: <span className="visually-hidden">{t('processing.delegations.list.cancel')}</span>,
      render: (_: unknown, d: DelegationView) =>
        CANCELLABLE.has(d.status) && (
          <Popconfirm
            title={t('processing.delegations.list.cancelConfirm', names(d))}
            okText={t('processing.delegations.list.cancelYes')}
            cancelText={t('processing.delegations.list.cancelNo')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onCancel(d)}
          >
            <Button
              danger
              size="small"
              aria-label={t('processing.delegations.list.cancelName', names(d))}
              data-testid="delegation-cancel"
            >
              {t('processing.delegations.list.cancel')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  // Table rows take any attribute; `onRow`'s type only lists the standard ones.
  const rowProps = (d: DelegationView) =>
    ({ 'data-testid': 'delegation-row', 'data-id': d.id }) as HTMLAttributes<HTMLElement>;
  return (
    <>
      {delegations.isError && (
        <LoadFailedInline message={delegations.error.message} onRetry={() => void delegations.refetch()} />
      )}
      <ScrollRegion label={t('processing.delegations.list.title')}>
        <Table<DelegationView>
          rowKey="id"
          columns={columns}
          dataSource={delegations.data?.items ?? []}
          loading={delegations.isFetching && !delegations.data}
          onRow={rowProps}
          style={{ minWidth: 900 }}
          locale={{
            emptyText: <Typography.Text type="secondary">{t('processing.delegations.list.empty')}</Typography.Text>,
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: delegations.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES.map(String),
            showSizeChanger: true,
            showTotal: (total) => t('processing.delegations.list.count', { count: total }),
            onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
          }}
        />
      </ScrollRegion>
    </>
  );
}
