import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicCenter } from '@motcua/core';
import { useCenters } from '../../../api/centers.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { CenterFormModal } from './CenterFormModal.tsx';
import { CloseDateModal } from './CloseDateModal.tsx';
import { EditEndActions } from './EditEndActions.tsx';
import { OrgPage } from './OrgPage.tsx';
import { orgPaths } from './org-api.ts';
import { usePeriodText } from './usePeriodText.ts';
import './org.css';

type Editing = { kind: 'form'; center: PublicCenter | null } | { kind: 'close'; center: PublicCenter } | null;

/** `/admin/trung-tam`: the centers, open and closed; create, edit, close (never delete: dossiers name them). */
export function CentersPage() {
  const { t } = useTranslation();
  const centers = useCenters();
  const period = usePeriodText();
  const [editing, setEditing] = useState<Editing>(null);
  const columns = [
    { key: 'code', title: t('org.center.code'), dataIndex: 'code' },
    { key: 'name', title: t('org.center.name'), dataIndex: 'name' },
    {
      key: 'level',
      title: t('org.center.level'),
      render: (_: unknown, c: PublicCenter) => t(`org.center.levels.${c.level}`),
    },
    {
      key: 'parent',
      title: t('org.center.parent'),
      render: (_: unknown, c: PublicCenter) => c.parentCode ?? t('org.common.none'),
    },
    { key: 'period', title: t('org.common.period'), render: (_: unknown, c: PublicCenter) => period(c) },
    {
      key: 'address',
      title: t('org.center.address'),
      render: (_: unknown, c: PublicCenter) => c.address ?? t('org.common.none'),
    },
    {
      key: 'actions',
      title: t('org.common.actions'),
      render: (_: unknown, c: PublicCenter) => (
        <EditEndActions
          rowName={c.code}
          open={c.validTo === null}
          endLabel={t('org.center.close')}
          onEdit={() => setEditing({ kind: 'form', center: c })}
          onEnd={() => setEditing({ kind: 'close', center: c })}
        />
      ),
    },
  ];
  return (
    <OrgPage title={t('org.center.title')}>
      <Flex className="org-toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ kind: 'form', center: null })}
        >
          {t('org.center.createTitle')}
        </Button>
      </Flex>
      {centers.isError && <Alert type="error" showIcon title={centers.error.message} />}
      <ScrollRegion label={t('org.common.tableLabel', { name: t('org.center.title') })}>
        <Table<PublicCenter>
          data-testid="centers-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={centers.data ?? []}
          loading={centers.isPending}
          pagination={false}
        />
      </ScrollRegion>
      {editing?.kind === 'form' && (
        <CenterFormModal center={editing.center} centers={centers.data ?? []} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'close' && (
        <CloseDateModal
          title={t('org.center.closeTitle', { code: editing.center.code })}
          intro={t('org.center.closeIntro')}
          okText={t('org.center.close')}
          savedText={t('org.center.closed')}
          path={`${orgPaths.center(editing.center.id)}/close`}
          onClose={() => setEditing(null)}
        />
      )}
    </OrgPage>
  );
}
