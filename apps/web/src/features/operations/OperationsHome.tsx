import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../components/AreaPlaceholder.tsx';

export function OperationsHome() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('operations.title')} description={t('operations.description')} />;
}
