import { Card, Grid, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@motcua/core';

type Row = ChecklistItem & { index: number };

/** Required, or needed on a condition (said after it). */
const requirement = (t: TFunction, row: Row) =>
  row.required ? (
    t('catalog.checklist.required')
  ) : (
    <>
      <Typography.Text strong>{t('catalog.checklist.conditional')}</Typography.Text>
      {row.condition && `: ${row.condition}`}
    </>
  );

/** The documents to bring (thành phần hồ sơ): name, original or copy, how many, and when a conditional one is needed. */
export function ChecklistTable({ items }: { items: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  const rows = items.map((item, i) => ({ ...item, index: i + 1 }));
  if (Grid.useBreakpoint().md === false) return <ChecklistCards rows={rows} />;
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
      render: (_: unknown, row: Row) => requirement(t, row),
    },
    { key: 'note', title: t('catalog.checklist.note'), render: (_: unknown, row: Row) => row.note ?? '', width: '18%' },
  ];
  return (
    <Table<Row>
      data-testid="checklist-table"
      size="small"
      rowKey="index"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('catalog.checklist.empty') }}
      scroll={{ x: 760 }}
    />
  );
}

/** On a phone: one card per document, numbered as in the table and the printed checklist. */
function ChecklistCards({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Typography.Text>{t('catalog.checklist.empty')}</Typography.Text>;
  return (
    <ol className="catalog-cards" data-testid="checklist-table">
      {rows.map((row) => (
        <li key={row.index}>
          <Card size="small">
            <Typography.Text strong>
              {row.index}. <span data-testid="checklist-item-name">{row.name}</span>
            </Typography.Text>
            <dl className="catalog-card-facts">
              <dt>{t('catalog.checklist.form')}</dt>
              <dd>{t(`catalog.documentForm.${row.form}`)}</dd>
              <dt>{t('catalog.checklist.count')}</dt>
              <dd>{row.count}</dd>
              <dt>{t('catalog.checklist.requirement')}</dt>
              <dd>{requirement(t, row)}</dd>
              {row.note && <dt>{t('catalog.checklist.note')}</dt>}
              {row.note && <dd>{row.note}</dd>}
            </dl>
          </Card>
        </li>
      ))}
    </ol>
  );
}
