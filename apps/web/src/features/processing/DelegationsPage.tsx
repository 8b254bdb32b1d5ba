import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DelegationForm } from './DelegationForm.tsx';
import { DelegationTable } from './DelegationTable.tsx';
import { ProcessingNav } from './ProcessingNav.tsx';

/** `/processing/delegations`: the agency head hands an absent officer's dossiers to another officer for a period (DESIGN §1). */
export function DelegationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('processing.delegations.title'));
  return (
    <Flex vertical gap="middle">
      <AreaHeading title={t('processing.delegations.title')} />
      <ProcessingNav />
      <Typography.Paragraph style={{ margin: 0 }}>{t('processing.delegations.intro')}</Typography.Paragraph>
      <CatalogSection id="delegation-new" title={t('processing.delegations.form.title')}>
        <DelegationForm />
      </CatalogSection>
      <CatalogSection id="delegation-list" title={t('processing.delegations.list.title')}>
        <DelegationTable />
      </CatalogSection>
    </Flex>
  );
}
