import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { catalogFiles, useProcedure } from '../../api/catalog.ts';
import { isApiError } from '../../api/client.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { catalogPaths } from '../../components/catalog/catalog-paths.ts';
import { ProcedureDetailView } from '../../components/catalog/ProcedureDetailView.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailed } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** `/thu-tuc/:code`: the version of a procedure in force today, with its printable checklist. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const procedure = useProcedure(code);
  usePageTitle(
    procedure.data?.procedure.name ?? (procedure.isError ? t('catalog.notFound.title') : t('catalog.title')),
  );
  if (procedure.isPending) return <PageLoading />;
  if (isApiError(procedure.error, 404)) {
    const back = <Link to={catalogPaths.search}>{t('catalog.notFound.back')}</Link>;
    return (
      <Result
        status="404"
        title={<h1 className="result-title">{t('catalog.notFound.title')}</h1>}
        subTitle={t('catalog.notFound.message', { code })}
        extra={back}
      />
    );
  }
  if (procedure.isError)
    return <LoadFailed message={procedure.error.message} onRetry={() => void procedure.refetch()} />;
  const detail = procedure.data;
  const p = detail.procedure;
  return (
    <Flex vertical gap="middle">
      <Breadcrumb items={[{ title: <Link to={catalogPaths.search}>{t('catalog.title')}</Link> }, { title: p.name }]} />
      <Typography.Title level={1} style={{ margin: 0 }}>
        {p.name}
      </Typography.Title>
      <Flex gap="small" wrap align="center">
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          href={catalogFiles.checklistPdf(p.code)}
          target="_blank"
          rel="noopener"
          data-testid="checklist-pdf"
        >
          {t('catalog.detail.checklistPdf')}
        </Button>
        {p.onlineLevel !== 'none' && (
          <ButtonLink
            to={`/nop-truc-tuyen/${encodeURIComponent(p.code)}`}
            icon={<SendOutlined aria-hidden />}
            data-testid="submit-online"
          >
            {t('catalog.detail.submitOnline')}
          </ButtonLink>
        )}
      </Flex>
      <ProcedureDetailView detail={detail} hrefOf={catalogPaths.procedure} idPrefix="procedure" />
    </Flex>
  );
}
