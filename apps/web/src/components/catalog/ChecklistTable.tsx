import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@motcua/core';

type Row = ChecklistItem & { index: number };

/** The documents to bring (thành phần hồ sơ): name, original or copy, how many, and when a conditional one is needed. */
export function ChecklistTable({ items }: { items: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  const columns = [
    { key: 'index', title: t('catalog.checklist.index'), dataIndex: 'index', width: 64 },
    {
      key: 'name',
      title: t('catalog.checklist.name'),
      render: (_: unknown, row: Row) => <span data-testid="checklist-item-name">{row.name}</span>,
    },
    {
      key: 'form',
      title: t('catalog.checklist.form'),
      render: (_: unknown, row: Row) => t(`catalog.documentForm.${row.form}`),
      width: 170,
    },
    { key: 'count', title: t('catalog.checklist.count'), dataIndex: 'count', width: 100, align: 'right' as const },
    {
      key: 'requirement',
      title: t('catalog.checklist.requirement'),
      width: '24%',
      render: (_: unknown, row: Row) =>
        row.required ? (
          t('catalog.checklist.required')
        ) : (
          <>
            <Typography.Text strong>{t('catalog.checklist.conditional')}</Typography.Text>
            {row.condition && `: ${row.condition}`}
          </>
        ),
    },
    { key: 'note', title: t('catalog.checklist.note'), render: (_: unknown, row: Row) => row.note ?? '', width: '18%' },
  ];
  return (
    <Table<Row>
      data-testid="checklist-table"
      size="small"
      rowKey="index"
      columns={columns}
      dataSource={items.map((item, i) => ({ ...item, index: i + 1 }))}
      pagination={false}
      locale={{ emptyText: t('catalog.checklist.empty') }}
      scroll={{ x: 760 }}
    />
  );
}
