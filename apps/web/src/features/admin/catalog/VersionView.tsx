import { useEffect, useRef } from 'react';
import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogPaths } from '../../../components/catalog/catalog-paths.ts';
import { ProcedureDetailView } from '../../../components/catalog/ProcedureDetailView.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { LoadFailedInline } from '../../../components/StatusPages.tsx';
import { useProcedureVersion } from './useCatalogAdmin.ts';

/**
 * One version of a procedure as it was entered, read-only, in the page below the history (not in a
 * drawer: its own scrolling box could not be reached by keyboard). Its heading takes the focus.
 */
export function VersionView({ code, version, onClose }: { code: string; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useProcedureVersion(code, version);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [version]);
  const close = (
    <Button icon={<CloseOutlined aria-hidden />} onClick={onClose}>
      {t('adminCatalog.versions.close')}
    </Button>
  );
  return (
    <Card
      data-testid="version-view"
      title={
        <h2 className="card-heading" ref={heading} tabIndex={-1}>
          {t('adminCatalog.versions.viewTitle', { version })}
        </h2>
      }
      extra={close}
    >
      {detail.isPending && <PageLoading />}
      {detail.isError && <LoadFailedInline message={detail.error.message} onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <>
          <Typography.Paragraph strong style={{ fontSize: 16 }}>
            {detail.data.procedure.name}
          </Typography.Paragraph>
          <ProcedureDetailView
            detail={detail.data}
            hrefOf={catalogPaths.adminProcedure}
            idPrefix={`version-${version}`}
            level={3}
          />
        </>
      )}
    </Card>
  );
}
