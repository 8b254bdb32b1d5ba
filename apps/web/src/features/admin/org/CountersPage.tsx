import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterDetail } from '@motcua/core';
import { useCenters } from '../../../api/centers.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { openProvinceCenter } from '../../../components/province-center.ts';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { CloseDateModal } from './CloseDateModal.tsx';
import { CounterFormModal } from './CounterFormModal.tsx';
import { EditEndActions } from './EditEndActions.tsx';
import { OrgPage } from './OrgPage.tsx';
import { orgPaths } from './org-api.ts';
import { useCounterPage } from './useOrgAdmin.ts';
import { usePeriodText } from './usePeriodText.ts';
import './org.css';

const PAGE_SIZE = 20;
type Editing = { kind: 'form'; counter: CounterDetail | null } | { kind: 'close'; counter: CounterDetail } | null;

/** `/admin/quay`: a center's counters (the province center first chosen); create, edit, close. */
export function CountersPage() {
  const { t } = useTranslation();
  const period = usePeriodText();
  const centers = useCenters();
  const [chosen, setChosen] = useState<string>();
  const centerId = chosen ?? openProvinceCenter(centers.data ?? [], todayInVietnam())?.id ?? centers.data?.[0]?.id;
  const [includeClosed, setIncludeClosed] = useState(false);
  const [page, setPage] = useState(1);
  const counters = useCounterPage(centerId, includeClosed, page, PAGE_SIZE);
  const [editing, setEditing] = useState<Editing>(null);
  const columns = [
    { key: 'number', title: t('org.counter.number'), dataIndex: 'number', align: 'right' as const },
    { key: 'name', title: t('org.counter.name'), dataIndex: 'name' },
    {
      key: 'agency',
      title: t('org.counter.agency'),
      render: (_: unknown, c: CounterDetail) => c.agency?.name ?? t('org.counter.sharedDesk'),
    },
    {
      key: 'fields',
      title: t('org.counter.fields'),
      render: (_: unknown, c: CounterDetail) => c.fields.join(', ') || t('org.common.none'),
    },
    { key: 'period', title: t('org.common.period'), render: (_: unknown, c: CounterDetail) => period(c) },
    {
      key: 'actions',
      title: t('org.common.actions'),
      render: (_: unknown, c: CounterDetail) => (
        <EditEndActions
          rowName={String(c.number)}
          open={c.validTo === null}
          endLabel={t('org.counter.close')}
          onEdit={() => setEditing({ kind: 'form', counter: c })}
          onEnd={() => setEditing({ kind: 'close', counter: c })}
        />
      ),
    },
  ];
  return (
    <OrgPage title={t('org.counter.title')}>
      {centers.data?.length === 0 && <Alert type="info" showIcon title={t('org.counter.noCenter')} />}
      <Flex className="org-toolbar" gap="middle" align="end" wrap>
        {/* Shrinks with the phone's width: a long center name never pushes the page sideways. */}
        <div style={{ flex: '1 1 260px', minWidth: 0, maxWidth: 520 }}>
          <label htmlFor="counter-center">
            <Typography.Text strong>{t('org.counter.chooseCenter')}</Typography.Text>
          </label>
          <Select
            id="counter-center"
            value={centerId}
            loading={centers.isPending}
            style={{ display: 'block', width: '100%', marginTop: 4 }}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} – ${c.name}` }))}
            onChange={(id: string) => {
              setChosen(id);
              setPage(1);
            }}
          />
        </div>
        <Checkbox
          checked={includeClosed}
          onChange={(e) => {
            setIncludeClosed(e.target.checked);
            setPage(1);
          }}
        >
          {t('org.counter.includeClosed')}
        </Checkbox>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          disabled={!centerId}
          onClick={() => setEditing({ kind: 'form', counter: null })}
        >
          {t('org.counter.createTitle')}
        </Button>
      </Flex>
      {counters.isError && <Alert type="error" showIcon title={counters.error.message} />}
      <ScrollRegion label={t('org.common.tableLabel', { name: t('org.counter.title') })}>
        <Table<CounterDetail>
          data-testid="counters-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={counters.data?.items ?? []}
          loading={counters.isFetching}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: counters.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
      </ScrollRegion>
      {editing?.kind === 'form' && centerId && (
        <CounterFormModal centerId={centerId} counter={editing.counter} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'close' && (
        <CloseDateModal
          title={t('org.counter.closeTitle', { number: editing.counter.number })}
          intro={t('org.counter.closeIntro')}
          okText={t('org.counter.close')}
          savedText={t('org.counter.closed')}
          path={`${orgPaths.counter(editing.counter.id)}/close`}
          onClose={() => setEditing(null)}
        />
      )}
    </OrgPage>
  );
}
