import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Officer, OfficerCredentials, OfficerListQuery } from '@motcua/core';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { CredentialsModal } from './CredentialsModal.tsx';
import { OfficerActions } from './OfficerActions.tsx';
import { OfficerFormModal } from './OfficerFormModal.tsx';
import { OfficerImport } from './OfficerImport.tsx';
import { OrgPage } from './OrgPage.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { useOfficerPage } from './useOrgAdmin.ts';
import './org.css';

const PAGE_SIZE = 20;
const STATUSES: OfficerListQuery['status'][] = ['active', 'inactive', 'all'];
type Editing = { kind: 'form'; officer: Officer | null } | { kind: 'reset'; officer: Officer } | null;

/** `/admin/can-bo`: officers searched and paged by the server; create, edit, deactivate, reset, export and import. */
export function OfficersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState({ q: '', status: 'active' as OfficerListQuery['status'], page: 1 });
  const officers = useOfficerPage({ ...search, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const onCredentials = (credentials: OfficerCredentials) => {
    if (credentials.temporaryPassword === null)
      void message.info(t('org.officer.emailSent', { username: credentials.username }));
    else setShown({ username: credentials.username, password: credentials.temporaryPassword });
  };
  const columns = [
    { key: 'username', title: t('org.officer.username'), dataIndex: 'username' },
    { key: 'fullName', title: t('org.officer.fullName'), dataIndex: 'fullName' },
    {
      key: 'center',
      title: t('org.officer.center'),
      render: (_: unknown, o: Officer) => o.center?.code ?? t('org.common.none'),
    },
    {
      key: 'agency',
      title: t('org.officer.agency'),
      render: (_: unknown, o: Officer) => o.agency?.name ?? t('org.common.none'),
    },
    {
      key: 'roles',
      title: t('org.officer.roles'),
      render: (_: unknown, o: Officer) => o.roles.map((r) => t(`org.roles.${r}`)).join(', '),
    },
    {
      key: 'status',
      title: t('org.officer.status'),
      render: (_: unknown, o: Officer) => (
        <Flex vertical gap={4}>
          <Tag color={o.active ? 'success' : 'default'} style={{ width: 'fit-content' }}>
            {t(o.active ? 'org.officer.statuses.active' : 'org.officer.statuses.inactive')}
          </Tag>
          {o.mustChangePassword && <Typography.Text type="secondary">{t('org.officer.mustChange')}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('org.common.actions'),
      render: (_: unknown, o: Officer) => (
        <OfficerActions
          officer={o}
          onEdit={() => setEditing({ kind: 'form', officer: o })}
          onReset={() => setEditing({ kind: 'reset', officer: o })}
        />
      ),
    },
  ];
  return (
    <OrgPage title={t('org.officer.title')}>
      <Flex className="org-toolbar" gap="middle" align="end" wrap>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ kind: 'form', officer: null })}
        >
          {t('org.officer.createTitle')}
        </Button>
        <Input.Search
          aria-label={t('org.common.search')}
          placeholder={t('org.officer.searchPlaceholder')}
          allowClear
          onSearch={(q) => setSearch((s) => ({ ...s, q, page: 1 }))}
        />
        <div>
          <label htmlFor="officer-status">
            <Typography.Text strong>{t('org.officer.status')}</Typography.Text>
          </label>
          <Select
            id="officer-status"
            value={search.status}
            style={{ display: 'block', minWidth: 180, marginTop: 4 }}
            options={STATUSES.map((value) => ({ value, label: t(`org.officer.statuses.${value}`) }))}
            onChange={(status) => setSearch((s) => ({ ...s, status, page: 1 }))}
          />
        </div>
      </Flex>
      {officers.isError && <Alert type="error" showIcon title={officers.error.message} />}
      <ScrollRegion label={t('org.common.tableLabel', { name: t('org.officer.title') })}>
        <Table<Officer>
          data-testid="officers-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={officers.data?.items ?? []}
          loading={officers.isFetching}
          pagination={{
            current: search.page,
            pageSize: PAGE_SIZE,
            total: officers.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setSearch((s) => ({ ...s, page })),
          }}
        />
      </ScrollRegion>
      <OfficerImport />
      {editing?.kind === 'form' && (
        <OfficerFormModal officer={editing.officer} onClose={() => setEditing(null)} onCreated={onCredentials} />
      )}
      {editing?.kind === 'reset' && (
        <ResetPasswordModal officer={editing.officer} onClose={() => setEditing(null)} onReset={onCredentials} />
      )}
      {shown && <CredentialsModal username={shown.username} password={shown.password} onClose={() => setShown(null)} />}
    </OrgPage>
  );
}
