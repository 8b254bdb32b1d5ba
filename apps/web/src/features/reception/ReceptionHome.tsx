import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../components/AreaPlaceholder.tsx';

export function ReceptionHome() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('reception.title')} description={t('reception.description')} />;
}
