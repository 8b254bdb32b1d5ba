import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRule, HolidayRuleEntry } from '@motcua/core';
import { HolidayRuleModal } from './HolidayRuleModal.tsx';
import { useHolidayRules } from './useCalendarAdmin.ts';

/** How a rule counts its days, in words. */
function useKindText() {
  const { t } = useTranslation();
  return (rule: HolidayRule) =>
    rule.kind === 'adjacent'
      ? t('adminCalendar.rules.adjacent', rule)
      : t(`adminCalendar.rules.${rule.kind}`, { ...rule, offset: rule.kind === 'lunar' ? rule.offset : 0 });
}

/** "Ngày lễ theo luật": the holiday rules with their periods (DESIGN §5), each editable, and new ones added. */
export function HolidayRulesCard() {
  const { t } = useTranslation();
  const rules = useHolidayRules();
  const kindText = useKindText();
  // undefined: closed; null: a new rule; else the rule edited.
  const [editing, setEditing] = useState<HolidayRule | null | undefined>(undefined);
  const columns = [
    {
      title: t('adminCalendar.rules.name'),
      key: 'name',
      render: (_: unknown, { rule, edited }: HolidayRuleEntry) => (
        <Flex gap="small" wrap>
          <span>{rule.name}</span>
          {edited && <Tag color="blue">{t('adminCalendar.rules.edited')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('adminCalendar.rules.kind'),
      key: 'kind',
      render: (_: unknown, e: HolidayRuleEntry) => kindText(e.rule),
    },
    {
      title: t('adminCalendar.rules.period'),
      key: 'period',
      render: (_: unknown, { rule }: HolidayRuleEntry) =>
        t('adminCalendar.rules.periodValue', { from: rule.from, to: rule.to ?? t('adminCalendar.rules.openEnded') }),
    },
    { title: t('adminCalendar.rules.basis'), key: 'basis', render: (_: unknown, e: HolidayRuleEntry) => e.rule.basis },
    {
      title: '',
      key: 'edit',
      render: (_: unknown, { rule }: HolidayRuleEntry) => (
        <Button
          icon={<EditOutlined aria-hidden />}
          aria-label={t('adminCalendar.rules.edit', { name: rule.name })}
          title={t('adminCalendar.rules.edit', { name: rule.name })}
          onClick={() => setEditing(rule)}
        />
      ),
    },
  ];
  return (
    <Card
      title={<h2 className="card-heading">{t('adminCalendar.rules.title')}</h2>}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
          {t('adminCalendar.rules.add')}
        </Button>
      }
      data-testid="holiday-rules"
    >
      <Typography.Paragraph type="secondary">{t('adminCalendar.rules.intro')}</Typography.Paragraph>
      {rules.isError && <Alert type="error" showIcon title={rules.error.message} />}
      <Table<HolidayRuleEntry>
        rowKey={(e) => e.rule.id}
        columns={columns}
        dataSource={rules.data}
        loading={rules.isPending}
        pagination={false}
        size="small"
        scroll={{ x: true }}
      />
      {editing !== undefined && <HolidayRuleModal rule={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
