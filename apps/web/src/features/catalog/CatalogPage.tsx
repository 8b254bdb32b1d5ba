import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useProcedureSearch } from '../../api/catalog.ts';
import { catalogPaths } from '../../components/catalog/catalog-paths.ts';
import { ProcedureTable } from '../../components/catalog/ProcedureTable.tsx';
import { SearchBox } from '../../components/catalog/SearchBox.tsx';
import { useProcedureSearchParams } from '../../components/catalog/useProcedureSearchParams.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AgencyBrowser } from './AgencyBrowser.tsx';
import { CatalogFilters } from './CatalogFilters.tsx';

/** `/thu-tuc?q=ho+chieu&agency=congan`: search as you type, filters, browse by agency; the search lives in the URL. */
export function CatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalog.title'));
  const [search, update] = useProcedureSearchParams();
  const [params] = useSearchParams();
  const results = useProcedureSearch(search);
  const agencyHref = (slug: string | undefined) => {
    const next = new URLSearchParams(params);
    for (const key of ['agency', 'field', 'page']) next.delete(key);
    if (slug) next.set('agency', slug);
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ marginBottom: 8 }}>
          {t('catalog.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>{t('catalog.intro')}</Typography.Paragraph>
      </div>
      <SearchBox
        id="procedure-search"
        label={t('catalog.search.label')}
        placeholder={t('catalog.search.placeholder')}
        value={search.q ?? ''}
        onSearch={(q) => update({ q })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 7, order: 1 }}>
          <AgencyBrowser current={search.agency} hrefOf={agencyHref} />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 17, order: 2 }}>
          <Flex vertical gap="middle">
            <CatalogFilters search={search} onChange={update} />
            <section aria-labelledby="catalog-results">
              <Flex justify="space-between" align="baseline" wrap gap="small">
                <Typography.Title level={2} id="catalog-results" style={{ fontSize: 18, margin: 0 }}>
                  {t('catalog.results.title')}
                </Typography.Title>
                <Typography.Text type="secondary" role="status" data-testid="result-count">
                  {results.data && t('catalog.results.count', { count: results.data.total })}
                </Typography.Text>
              </Flex>
              <ProcedureTable
                results={results}
                page={search.page}
                pageSize={search.pageSize}
                onPageChange={(page, pageSize) => update({ page, pageSize })}
                hrefOf={catalogPaths.procedure}
                rowTestId="procedure-result"
              />
            </section>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
