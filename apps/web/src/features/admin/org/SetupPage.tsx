import { useTranslation } from 'react-i18next';
import { OrgPage } from './OrgPage.tsx';
import { SetupGuide } from './SetupGuide.tsx';

/** `/admin/thiet-lap`: the setup guide as a page of its own. */
export function SetupPage() {
  const { t } = useTranslation();
  return (
    <OrgPage title={t('org.setup.title')} intro={t('org.setup.intro')}>
      <SetupGuide titled={false} />
    </OrgPage>
  );
}
