import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureDetail } from '@motcua/core';
import { CatalogSection } from './CatalogSection.tsx';
import { ChecklistTable } from './ChecklistTable.tsx';
import { FeesList } from './FeesList.tsx';
import { ProcedureFacts } from './ProcedureFacts.tsx';
import { StepsList } from './StepsList.tsx';

export type ProcedureDetailViewProps = {
  detail: ProcedureDetail;
  /** Where a partner procedure's link leads. */
  hrefOf: (code: string) => string;
  /** Prefix of the sections' heading ids, unique on the page. */
  idPrefix: string;
  /** The level of the sections' headings: 2 under the page's h1, 3 inside a part of a page. */
  level?: 2 | 3;
};

/** Everything a citizen needs to know about one version of a procedure, section by section, under the page's h1. */
export function ProcedureDetailView({ detail, hrefOf, idPrefix, level = 2 }: ProcedureDetailViewProps) {
  const { t } = useTranslation();
  const p = detail.procedure;
  const id = (section: string) => `${idPrefix}-${section}`;
  return (
    <Flex vertical gap="middle">
      <ProcedureFacts detail={detail} />
      <CatalogSection level={level} id={id('checklist')} title={t('catalog.checklist.title')}>
        <ChecklistTable items={p.checklist} />
      </CatalogSection>
      <CatalogSection level={level} id={id('fees')} title={t('catalog.fees.title')}>
        <FeesList fees={p.fees} />
      </CatalogSection>
      <CatalogSection level={level} id={id('steps')} title={t('catalog.steps.title')}>
        <StepsList steps={detail.stepSchedule} unit={p.timeLimit.unit} />
      </CatalogSection>
      <CatalogSection level={level} id={id('delivery')} title={t('catalog.deliveryTitle')}>
        <ul className="catalog-section-list">
          {p.resultDelivery.map((delivery) => (
            <li key={delivery}>{t(`catalog.delivery.${delivery}`)}</li>
          ))}
        </ul>
      </CatalogSection>
      <CatalogSection level={level} id={id('legal')} title={t('catalog.legal.title')}>
        {p.legalBasis.length === 0 ? (
          <Typography.Text type="secondary">{t('catalog.legal.empty')}</Typography.Text>
        ) : (
          <ul className="catalog-section-list">
            {p.legalBasis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ul>
        )}
      </CatalogSection>
      {detail.partners.length > 0 && (
        <CatalogSection level={level} id={id('partners')} title={t('catalog.partners.title')}>
          <Typography.Paragraph>{t('catalog.partners.intro')}</Typography.Paragraph>
          <ul className="catalog-section-list" data-testid="partners">
            {detail.partners.map((partner) => (
              <li key={partner.code}>
                <Link to={hrefOf(partner.code)}>{partner.name}</Link>{' '}
                <Typography.Text type="secondary">({partner.agency.name})</Typography.Text>
              </li>
            ))}
          </ul>
        </CatalogSection>
      )}
    </Flex>
  );
}
