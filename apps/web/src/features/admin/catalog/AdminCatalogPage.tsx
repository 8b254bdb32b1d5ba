import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { catalogFiles, useProcedureSearch } from '../../../api/catalog.ts';
import { catalogPaths } from '../../../components/catalog/catalog-paths.ts';
import { ProcedureTable } from '../../../components/catalog/ProcedureTable.tsx';
import { SearchBox } from '../../../components/catalog/SearchBox.tsx';
import { useProcedureSearchParams } from '../../../components/catalog/useProcedureSearchParams.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { CatalogImport } from './CatalogImport.tsx';

/** `/admin/catalog?q=…`: the procedures in force, searched and paged by the server; Excel export and import; add one. */
export function AdminCatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminCatalog.title'));
  const navigate = useNavigate();
  const [search, update] = useProcedureSearchParams();
  const results = useProcedureSearch(search);
  return (
    <Flex vertical gap="middle">
      <Breadcrumb items={[{ title: <Link to="/admin">{t('areas.admin')}</Link> }, { title: t('catalog.title') }]} />
      <div>
        <Typography.Title level={1} style={{ marginBottom: 8 }}>
          {t('adminCatalog.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>{t('adminCatalog.intro')}</Typography.Paragraph>
      </div>
      <Flex gap="small" wrap>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => navigate(catalogPaths.adminNew)}
          data-testid="catalog-create"
        >
          {t('adminCatalog.create')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={catalogFiles.exportXlsx}
          download
          data-testid="catalog-export"
        >
          {t('adminCatalog.export')}
        </Button>
      </Flex>
      <CatalogImport />
      <section aria-labelledby="admin-catalog-results">
        <Flex vertical gap="small">
          <h2 id="admin-catalog-results" className="card-heading">
            {t('catalog.results.title')}
          </h2>
          <SearchBox
            id="admin-procedure-search"
            label={t('catalog.search.label')}
            placeholder={t('catalog.search.placeholder')}
            value={search.q ?? ''}
            onSearch={(q) => update({ q })}
          />
          <ProcedureTable
            results={results}
            page={search.page}
            pageSize={search.pageSize}
            onPageChange={(page, pageSize) => update({ page, pageSize })}
            hrefOf={catalogPaths.adminProcedure}
            rowTestId="admin-procedure-row"
          />
        </Flex>
      </section>
    </Flex>
  );
}
