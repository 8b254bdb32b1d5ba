import { Breadcrumb, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { DossierTimeline } from '../../components/dossier/DossierTimeline.tsx';
import { StatusTag } from '../../components/dossier/StatusTag.tsx';
import { StepsSchedule } from '../../components/dossier/StepsSchedule.tsx';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { DraftActions } from './DraftActions.tsx';
import { MyDossierFiles } from './MyDossierFiles.tsx';
import { myFiles, useMyDossier } from './online-client.ts';
import { formatFee } from './online-values.ts';
import { SupplementForm } from './SupplementForm.tsx';
import { WithdrawButton } from './WithdrawButton.tsx';
import './online.css';

/** `/ho-so-cua-toi/:id`: one of the citizen's dossiers (404 for anyone else's): state, steps, what is asked, files. */
export function MyDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useMyDossier(id);
  const d = dossier.data;
  usePageTitle(d?.code ?? t('online.my.title'));
  if (isApiError(dossier.error, 404)) return <NotFound />;
  if (dossier.isError) return <LoadFailed message={dossier.error.message} onRetry={() => void dossier.refetch()} />;
  if (!d) return <PageLoading />;
  const none = '—';
  const when = (iso: string | null) => (iso ? formatInstant(iso) : none);
  return (
    <Flex vertical gap="middle" className="online-page" data-testid="my-dossier">
      <Breadcrumb
        items={[
          { title: <Link to="/ho-so-cua-toi">{t('online.view.back')}</Link> },
          { title: d.code ?? t('online.my.unsent') },
        ]}
      />
      <Flex gap="small" wrap align="center">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="my-dossier-code">
          {d.code ?? t('online.view.draftTitle', { name: d.procedure.name })}
        </Typography.Title>
        <StatusTag status={d.status} />
      </Flex>
      {d.status === 'draft' && <DraftActions dossier={d} />}
      {d.asked && d.actions.supplement && <SupplementForm dossier={d} asked={d.asked} />}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: '40%' } }}>
        <Descriptions.Item label={t('online.view.procedure')}>{d.procedure.name}</Descriptions.Item>
        <Descriptions.Item label={t('online.view.agency')}>{d.agency.name}</Descriptions.Item>
        <Descriptions.Item label={t('online.view.applicant')}>{d.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('online.view.submittedAt')}>{when(d.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('online.view.receivedAt')}>{when(d.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('online.view.dueAt')}>{when(d.dueAt)}</Descriptions.Item>
        {d.returnedAt && (
          <Descriptions.Item label={t('online.view.returnedAt')}>{when(d.returnedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {d.fee && (
        <Typography.Paragraph strong style={{ margin: 0 }} data-testid="my-dossier-fee">
          {t('online.view.fee', {
            amount: formatFee(d.fee.amount, currentLanguage()),
            state: t(d.fee.paid ? 'online.view.paid' : 'online.view.unpaid'),
          })}
        </Typography.Paragraph>
      )}
      {d.result && (
        <CatalogSection id="my-dossier-result" title={t('online.view.result')}>
          <Flex vertical gap="small" data-testid="my-dossier-result">
            <Tag
              className={`dossier-tag dossier-tag-${d.result.outcome === 'approved' ? 'done' : 'stopped'}`}
              style={{ alignSelf: 'flex-start' }}
            >
              {t(`online.view.${d.result.outcome}`)}
            </Tag>
            {d.result.number && <span>{t('online.view.resultNumber', { number: d.result.number })}</span>}
            {d.result.reasons.map((reason) => (
              <span key={reason}>{reason}</span>
            ))}
            {d.result.documentId && (
              <a href={myFiles.dossierDocument(d.id, d.result.documentId)} data-testid="my-dossier-result-document">
                {t('online.view.resultDocument')}
              </a>
            )}
          </Flex>
        </CatalogSection>
      )}
      {d.steps.length > 0 && (
        <CatalogSection id="my-dossier-steps" title={t('online.view.steps')}>
          <StepsSchedule steps={d.steps} />
        </CatalogSection>
      )}
      <MyDossierFiles dossier={d} />
      {d.actions.withdraw && <WithdrawButton id={d.id} />}
      {d.timeline.length > 0 && (
        <CatalogSection id="my-dossier-timeline" title={t('online.view.timeline')}>
          <DossierTimeline entries={d.timeline} />
        </CatalogSection>
      )}
    </Flex>
  );
}
