import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicLookup } from '@motcua/core';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { DossierTimeline } from '../../components/dossier/DossierTimeline.tsx';
import { StatusTag } from '../../components/dossier/StatusTag.tsx';
import { StepsSchedule } from '../../components/dossier/StepsSchedule.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';

/** What the public sees of a dossier: its state, each step's expected moment and its history; the name masked. */
export function LookupResult({ result }: { result: PublicLookup }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const at = (iso: string | null) => (iso ? format.instant(iso) : '—');
  const items = [
    { key: 'code', label: t('lookup.result.code'), children: <span className="dossier-code">{result.code}</span> },
    { key: 'status', label: t('lookup.result.status'), children: <StatusTag status={result.status} /> },
    {
      key: 'applicant',
      label: t('lookup.result.applicant'),
      children: <span data-testid="lookup-applicant">{result.applicantName}</span>,
    },
    { key: 'procedure', label: t('lookup.result.procedure'), children: result.procedure.name },
    { key: 'agency', label: t('lookup.result.agency'), children: result.agency.name },
    { key: 'received', label: t('lookup.result.receivedAt'), children: at(result.receivedAt) },
    { key: 'due', label: t('lookup.result.dueAt'), children: at(result.dueAt) },
    ...(result.apologyDueAt
      ? [{ key: 'apology', label: t('lookup.result.apologyDueAt'), children: at(result.apologyDueAt) }]
      : []),
    ...(result.resolvedAt
      ? [{ key: 'resolved', label: t('lookup.result.resolvedAt'), children: at(result.resolvedAt) }]
      : []),
    ...(result.returnedAt
      ? [{ key: 'returned', label: t('lookup.result.returnedAt'), children: at(result.returnedAt) }]
      : []),
  ];
  return (
    <Flex vertical gap="middle" data-testid="lookup-result">
      <CatalogSection id="lookup-summary" title={t('lookup.result.title')}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
      </CatalogSection>
      <CatalogSection id="lookup-steps" title={t('dossier.page.steps')}>
        <StepsSchedule steps={result.steps} />
      </CatalogSection>
      <CatalogSection id="lookup-timeline" title={t('dossier.page.timeline')}>
        <DossierTimeline entries={result.timeline} />
      </CatalogSection>
    </Flex>
  );
}
