import { useState } from 'react';
import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, type AuditEntry } from '@motcua/core';
import { FilterSelect } from '../../../components/FilterSelect.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { currentLanguage } from '../../../i18n/index.ts';
import { OrgPage } from './OrgPage.tsx';
import { useAuditPage } from './useOrgAdmin.ts';
import './org.css';

const PAGE_SIZE = 20;
/** The server's entities and actions with their words; one not listed here shows as its code. */
const ENTITIES = ['center', 'agency', 'officer', 'counter', 'officer_import'] as const;
const ACTIONS = [
  'created',
  'updated',
  'closed',
  'ended',
  'deactivated',
  'reactivated',
  'password_reset',
  'imported',
] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function Json({ value }: { value: unknown }) {
  return (
    <pre className="audit-json">{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
  );
}

/** `/admin/nhat-ky`: every administrative change (DESIGN §13), newest first, paged; a row opens to before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<string>();
  const [page, setPage] = useState(1);
  const audit = useAuditPage({ entity, page, pageSize: PAGE_SIZE });
  const time = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: TIME_ZONE,
  });
  const entityText = (value: string) => (isOneOf(ENTITIES, value) ? t(`org.audit.entities.${value}`) : value);
  const actionText = (value: string) => (isOneOf(ACTIONS, value) ? t(`org.audit.actions.${value}`) : value);
  const columns = [
    { key: 'at', title: t('org.audit.at'), render: (_: unknown, row: AuditEntry) => time.format(new Date(row.at)) },
    {
      key: 'user',
      title: t('org.audit.user'),
      render: (_: unknown, row: AuditEntry) =>
        row.user ? `${row.user.fullName} (${row.user.username})` : t('org.audit.system'),
    },
    { key: 'entity', title: t('org.audit.entity'), render: (_: unknown, row: AuditEntry) => entityText(row.entity) },
    { key: 'action', title: t('org.audit.action'), render: (_: unknown, row: AuditEntry) => actionText(row.action) },
  ];
  const expandedRowRender = (row: AuditEntry) => (
    <div className="audit-diff">
      <div>
        <Typography.Text strong>{t('org.audit.before')}</Typography.Text>
        <Json value={row.before} />
      </div>
      <div>
        <Typography.Text strong>{t('org.audit.after')}</Typography.Text>
        <Json value={row.after} />
      </div>
    </div>
  );
  return (
    <OrgPage title={t('org.audit.title')} intro={t('org.audit.intro')}>
      <div className="org-toolbar" style={{ maxWidth: 280 }}>
        <FilterSelect
          name="audit-entity"
          label={t('org.audit.entity')}
          value={entity ?? ''}
          allLabel={t('org.audit.allEntities')}
          options={ENTITIES.map((value) => ({ value, label: entityText(value) }))}
          onChange={(next) => {
            setEntity(next);
            setPage(1);
          }}
        />
      </div>
      {audit.isError && <Alert type="error" showIcon title={audit.error.message} />}
      <ScrollRegion label={t('org.common.tableLabel', { name: t('org.audit.title') })}>
        <Table<AuditEntry>
          data-testid="org-audit"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          expandable={{
            expandedRowRender,
            columnTitle: <span className="visually-hidden">{t('org.audit.details')}</span>,
          }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('org.audit.empty')}</Typography.Text> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: audit.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
      </ScrollRegion>
    </OrgPage>
  );
}
