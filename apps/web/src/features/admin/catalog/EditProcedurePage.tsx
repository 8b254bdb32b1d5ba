import { useState } from 'react';
import { Breadcrumb, Flex, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/client.ts';
import { catalogPaths } from '../../../components/catalog/catalog-paths.ts';
import { useCatalogFormat } from '../../../components/catalog/useCatalogFormat.ts';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { LoadFailed, LoadFailedInline } from '../../../components/StatusPages.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { RetireCard } from './RetireCard.tsx';
import { ReviseEditor } from './ReviseEditor.tsx';
import { useProcedureVersion, useProcedureVersions } from './useCatalogAdmin.ts';
import { VersionHistory } from './VersionHistory.tsx';
import { VersionView } from './VersionView.tsx';

/** `/admin/catalog/:code`: the latest version in the editor, the version history, and retiring the procedure. */
export function EditProcedurePage() {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const { code = '' } = useParams();
  const versions = useProcedureVersions(code);
  const latest = versions.data?.[0];
  const detail = useProcedureVersion(code, latest?.version);
  // Bumped by "reload" after a conflict: the editor starts again from what the server has now.
  const [reloads, setReloads] = useState(0);
  const [viewed, setViewed] = useState<number | null>(null);
  usePageTitle(t('adminCatalog.edit.title', { code }));
  if (versions.isPending) return <PageLoading />;
  if (isApiError(versions.error, 404) || versions.data?.length === 0) {
    const back = <Link to={catalogPaths.admin}>{t('catalog.notFound.back')}</Link>;
    return (
      <Result
        status="404"
        title={<h1 className="result-title">{t('catalog.notFound.title')}</h1>}
        subTitle={t('catalog.notFound.message', { code })}
        extra={back}
      />
    );
  }
  if (versions.isError || !latest)
    return <LoadFailed message={versions.error?.message ?? ''} onRetry={() => void versions.refetch()} />;
  const reload = () => {
    setReloads((n) => n + 1);
    void Promise.all([versions.refetch(), detail.refetch()]);
  };
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[
          { title: <Link to="/admin">{t('areas.admin')}</Link> },
          { title: <Link to={catalogPaths.admin}>{t('catalog.title')}</Link> },
          { title: code },
        ]}
      />
      <div>
        <Typography.Title level={1} style={{ marginBottom: 4 }}>
          {t('adminCatalog.edit.title', { code })}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <Typography.Text data-testid="edit-procedure-name">{latest.name}</Typography.Text>
          <Tag>{t('adminCatalog.edit.latest', { version: latest.version })}</Tag>
          {latest.effectiveTo && (
            <Tag color="red">{t('adminCatalog.edit.retired', { date: format.date(latest.effectiveTo) })}</Tag>
          )}
          <Link to={catalogPaths.procedure(code)}>{t('adminCatalog.edit.publicPage')}</Link>
        </Flex>
      </div>
      {detail.isPending && <PageLoading />}
      {detail.isError && <LoadFailedInline message={detail.error.message} onRetry={() => void detail.refetch()} />}
      {detail.data && detail.data.procedure.version === latest.version && (
        <ReviseEditor
          key={`${latest.version}-${reloads}`}
          code={code}
          baseVersion={latest.version}
          detail={detail.data}
          onReload={reload}
        />
      )}
      <VersionHistory versions={versions.data} onOpen={setViewed} />
      {viewed !== null && <VersionView code={code} version={viewed} onClose={() => setViewed(null)} />}
      <RetireCard key={latest.version} code={code} baseVersion={latest.version} />
    </Flex>
  );
}
