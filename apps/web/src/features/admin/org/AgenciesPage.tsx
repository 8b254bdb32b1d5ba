import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyDetail } from '@motcua/core';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { CloseDateModal } from './CloseDateModal.tsx';
import { EditEndActions } from './EditEndActions.tsx';
import { OrgPage } from './OrgPage.tsx';
import { orgPaths } from './org-api.ts';
import { useAgencyOptions, useAgencyPage } from './useOrgAdmin.ts';
import { usePeriodText } from './usePeriodText.ts';
import './org.css';

const PAGE_SIZE = 20;
type Editing = { kind: 'form'; agency: AgencyDetail | null } | { kind: 'end'; agency: AgencyDetail } | null;

/** Ending an agency: its last day, and the agency that takes its procedures over after a merger (DESIGN §4). */
function EndAgencyModal({ agency, onClose }: { agency: AgencyDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const options = useAgencyOptions();
  const successors = (options.data?.items ?? []).filter((a) => a.id !== agency.id);
  return (
    <CloseDateModal
      title={t('org.agency.endTitle', { name: agency.name })}
      intro={t('org.agency.endIntro')}
      okText={t('org.agency.end')}
      savedText={t('org.agency.ended')}
      path={`${orgPaths.agency(agency.id)}/end`}
      onClose={onClose}
    >
      <Form.Item name="successor" label={t('org.agency.successor')}>
        <Select
          allowClear
          placeholder={t('org.agency.noSuccessor')}
          loading={options.isPending}
          options={successors.map((a) => ({ value: a.slug, label: `${a.code} – ${a.name}` }))}
        />
      </Form.Item>
    </CloseDateModal>
  );
}

/** `/admin/co-quan`: the agencies, searched and paged by the server; create, edit, end. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const period = usePeriodText();
  const [search, setSearch] = useState({ q: '', includeEnded: false, page: 1 });
  const agencies = useAgencyPage({ ...search, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(null);
  const columns = [
    { key: 'code', title: t('org.agency.code'), dataIndex: 'code' },
    { key: 'slug', title: t('org.agency.slug'), dataIndex: 'slug' },
    { key: 'name', title: t('org.agency.name'), dataIndex: 'name' },
    { key: 'centers', title: t('org.agency.centers'), render: (_: unknown, a: AgencyDetail) => a.centers.join(', ') },
    { key: 'period', title: t('org.common.period'), render: (_: unknown, a: AgencyDetail) => period(a) },
    {
      key: 'successor',
      title: t('org.agency.successor'),
      render: (_: unknown, a: AgencyDetail) => a.successor?.name ?? t('org.common.none'),
    },
    {
      key: 'actions',
      title: t('org.common.actions'),
      render: (_: unknown, a: AgencyDetail) => (
        <EditEndActions
          rowName={a.slug}
          open={a.validTo === null}
          endLabel={t('org.agency.end')}
          onEdit={() => setEditing({ kind: 'form', agency: a })}
          onEnd={() => setEditing({ kind: 'end', agency: a })}
        />
      ),
    },
  ];
  return (
    <OrgPage title={t('org.agency.title')}>
      <Flex className="org-toolbar" gap="middle" align="center" wrap>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ kind: 'form', agency: null })}
        >
          {t('org.agency.createTitle')}
        </Button>
        <Input.Search
          aria-label={t('org.common.search')}
          placeholder={t('org.agency.searchPlaceholder')}
          allowClear
          onSearch={(q) => setSearch((s) => ({ ...s, q, page: 1 }))}
        />
        <Checkbox
          checked={search.includeEnded}
          onChange={(e) => setSearch((s) => ({ ...s, includeEnded: e.target.checked, page: 1 }))}
        >
          {t('org.common.includeEnded')}
        </Checkbox>
      </Flex>
      {agencies.isError && <Alert type="error" showIcon title={agencies.error.message} />}
      <ScrollRegion label={t('org.common.tableLabel', { name: t('org.agency.title') })}>
        <Table<AgencyDetail>
          data-testid="agencies-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={agencies.data?.items ?? []}
          loading={agencies.isFetching}
          pagination={{
            current: search.page,
            pageSize: PAGE_SIZE,
            total: agencies.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setSearch((s) => ({ ...s, page })),
          }}
        />
      </ScrollRegion>
      {editing?.kind === 'form' && <AgencyFormModal agency={editing.agency} onClose={() => setEditing(null)} />}
      {editing?.kind === 'end' && <EndAgencyModal agency={editing.agency} onClose={() => setEditing(null)} />}
    </OrgPage>
  );
}
