import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../components/AreaPlaceholder.tsx';

export function AdminHome() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('admin.title')} description={t('admin.description')} />;
}
