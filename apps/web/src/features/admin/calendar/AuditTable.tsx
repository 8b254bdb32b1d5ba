import { useState } from 'react';
import { Alert, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, type CalendarChangeEntry } from '@motcua/core';
import { currentLanguage } from '../../../i18n/index.ts';
import { useCalendarChanges } from './useCalendarAdmin.ts';

const PAGE_SIZE = 10;

/** The server's action codes and their words; an action not listed here shows as its code. */
const ACTION_KEYS = {
  'notice.created': 'noticeCreated',
  'notice.updated': 'noticeUpdated',
  'notice.deleted': 'noticeDeleted',
  'office_hours.updated': 'officeHoursUpdated',
  'notice.shipped': 'noticeShipped',
  'rule.created': 'ruleCreated',
  'rule.updated': 'ruleUpdated',
  'rule.shipped': 'ruleShipped',
} as const;

function Json({ value }: { value: unknown }) {
  return (
    <pre className="audit-json">{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
  );
}

/** Every change of the calendar, newest first, paged by the server; a row opens to its before and after. */
export function AuditTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const changes = useCalendarChanges(page, PAGE_SIZE);
  const time = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: TIME_ZONE,
  });
  const actionText = (action: string) =>
    action in ACTION_KEYS
      ? t(`adminCalendar.audit.actions.${ACTION_KEYS[action as keyof typeof ACTION_KEYS]}`)
      : action;
  const columns = [
    {
      key: 'at',
      title: t('adminCalendar.audit.at'),
      render: (_: unknown, row: CalendarChangeEntry) => time.format(new Date(row.at)),
    },
    {
      key: 'user',
      title: t('adminCalendar.audit.user'),
      render: (_: unknown, row: CalendarChangeEntry) =>
        row.user ? `${row.user.fullName} (${row.user.username})` : t('adminCalendar.audit.system'),
    },
    {
      key: 'action',
      title: t('adminCalendar.audit.action'),
      render: (_: unknown, row: CalendarChangeEntry) => actionText(row.action),
    },
    { key: 'subject', title: t('adminCalendar.audit.subject'), dataIndex: 'subject' },
  ];
  const expandedRowRender = (row: CalendarChangeEntry) => (
    <div className="audit-diff">
      <div>
        <Typography.Text strong>{t('adminCalendar.audit.before')}</Typography.Text>
        <Json value={row.before} />
      </div>
      <div>
        <Typography.Text strong>{t('adminCalendar.audit.after')}</Typography.Text>
        <Json value={row.after} />
      </div>
    </div>
  );
  return (
    <Card title={<h2 className="card-heading">{t('adminCalendar.audit.title')}</h2>}>
      {changes.isError && <Alert type="error" showIcon title={changes.error.message} style={{ marginBottom: 16 }} />}
      <Table<CalendarChangeEntry>
        data-testid="calendar-audit"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={changes.data?.items ?? []}
        loading={changes.isFetching}
        expandable={{
          expandedRowRender,
          columnTitle: <span className="visually-hidden">{t('adminCalendar.audit.details')}</span>,
        }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('adminCalendar.audit.empty')}</Typography.Text> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: changes.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        scroll={{ x: true }}
      />
    </Card>
  );
}
