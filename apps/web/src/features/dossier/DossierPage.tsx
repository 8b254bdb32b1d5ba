import { useState } from 'react';
import { Breadcrumb, Col, Flex, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import { useDossier } from '../../api/dossiers.ts';
import { useMe } from '../../api/useMe.ts';
import { homePathFor, areasFor } from '../../components/areas.ts';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { DossierTimeline } from '../../components/dossier/DossierTimeline.tsx';
import { StatusTag, WarningTags } from '../../components/dossier/StatusTag.tsx';
import { StepsSchedule } from '../../components/dossier/StepsSchedule.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailed } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApplicantDetails } from './ApplicantDetails.tsx';
import { CompositeChildren, CompositeParent } from './DossierComposite.tsx';
import { DossierDocuments } from './DossierDocuments.tsx';
import { DossierFacts } from './DossierFacts.tsx';
import { DossierPrints } from './DossierPrints.tsx';
import { IssuedNotice, type Issued } from './IssuedNotice.tsx';
import { DossierRecords } from './DossierRecords.tsx';
import { TransitionBar } from './TransitionBar.tsx';

/** `/dossiers/:id`: one dossier of the officer's agency, its history, its forms, and what the officer may do next. */
export function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me = null } = useMe();
  const dossier = useDossier(id);
  // What the last transition issued, shown once; another dossier's page starts without it.
  const [issued, setIssued] = useState<Issued & { id: string }>();
  const code = dossier.data?.code;
  usePageTitle(code ? t('dossier.page.title', { code }) : t('dossier.page.generic'));
  if (dossier.isPending) return <PageLoading />;
  if (isApiError(dossier.error, 404)) {
    const back = <Link to={homePathFor(me)}>{t('dossier.page.back')}</Link>;
    return (
      <Result
        status="404"
        title={<h1 className="result-title">{t('dossier.page.notFound')}</h1>}
        subTitle={dossier.error.problem.title}
        extra={back}
      />
    );
  }
  if (dossier.isError) return <LoadFailed message={dossier.error.message} onRetry={() => void dossier.refetch()} />;
  const d = dossier.data;
  const home = areasFor(me).find((area) => area.path === homePathFor(me));
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[...(home ? [{ title: <Link to={home.path}>{t(`areas.${home.key}`)}</Link> }] : []), { title: d.code }]}
      />
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('dossier.page.heading')}{' '}
          <span className="dossier-code" data-testid="dossier-code">
            {d.code}
          </span>
        </Typography.Title>
        <Flex gap={4} wrap style={{ marginTop: 8 }}>
          <StatusTag status={d.status} />
          <WarningTags warnings={d.warnings} />
        </Flex>
      </div>
      <CompositeParent dossier={d} />
      <Flex gap="small" wrap justify="space-between">
        <TransitionBar
          dossier={d}
          onReload={() => void dossier.refetch()}
          onIssued={(what) => setIssued({ ...what, id: d.id })}
        />
        <DossierPrints dossier={d} />
      </Flex>
      {issued?.id === d.id && <IssuedNotice dossierId={d.id} issued={issued} onClose={() => setIssued(undefined)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap="middle">
            <CatalogSection id="dossier-facts" title={t('dossier.page.facts')}>
              <DossierFacts dossier={d} />
            </CatalogSection>
            <CompositeChildren dossier={d} />
            <CatalogSection id="dossier-applicant" title={t('dossier.page.applicant')}>
              <ApplicantDetails dossier={d} />
            </CatalogSection>
            <DossierDocuments dossierId={d.id} />
            <CatalogSection id="dossier-steps" title={t('dossier.page.steps')}>
              <StepsSchedule steps={d.steps} />
            </CatalogSection>
            <DossierRecords dossier={d} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <CatalogSection id="dossier-timeline" title={t('dossier.page.timeline')}>
            <DossierTimeline entries={d.timeline} />
          </CatalogSection>
        </Col>
      </Row>
    </Flex>
  );
}
