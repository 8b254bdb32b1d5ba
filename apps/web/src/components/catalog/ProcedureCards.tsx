import { Card, Pagination, Spin, Typography, type PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureListItem } from '@motcua/core';
import { OnlineLevelTag } from './OnlineLevelTag.tsx';
import { useCatalogFormat } from './useCatalogFormat.ts';

export type ProcedureCardsProps = {
  items: readonly ProcedureListItem[];
  loading: boolean;
  pagination: PaginationProps;
  hrefOf: (code: string) => string;
  rowTestId: string;
};

/** The procedures of one page as cards, one under another: a phone shows every fact without scrolling sideways. */
export function ProcedureCards({ items, loading, pagination, hrefOf, rowTestId }: ProcedureCardsProps) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  return (
    <Spin spinning={loading}>
      {items.length === 0 && !loading && (
        <Typography.Text type="secondary">{t('catalog.results.empty')}</Typography.Text>
      )}
      <ul className="catalog-cards">
        {items.map((row) => (
          <li key={row.code} data-testid={rowTestId}>
            <Card size="small">
              <Link to={hrefOf(row.code)} className="procedure-name-link">
                {row.name}
              </Link>
              <dl className="catalog-card-facts">
                <dt>{t('catalog.results.code')}</dt>
                <dd>{row.code}</dd>
                <dt>{t('catalog.results.agency')}</dt>
                <dd>{row.agency.name}</dd>
                <dt>{t('catalog.results.field')}</dt>
                <dd>{row.field.name}</dd>
                <dt>{t('catalog.results.timeLimit')}</dt>
                <dd>{format.timeLimit(row.timeLimit)}</dd>
                <dt>{t('catalog.results.onlineLevel')}</dt>
                <dd>
                  <OnlineLevelTag level={row.onlineLevel} />
                </dd>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
      <Pagination {...pagination} simple showSizeChanger={false} align="center" />
    </Spin>
  );
}
