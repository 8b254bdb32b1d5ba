import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../components/AreaPlaceholder.tsx';

export function ProcessingHome() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('processing.title')} description={t('processing.description')} />;
}
