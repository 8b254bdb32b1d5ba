import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex role="status" justify="center" align="center" gap="middle" style={{ padding: 48 }}>
      {/* A CSS spinner, not Ant Design's Spin: shown on the first page while it loads (issue 19). */}
      <span className="page-spinner" aria-hidden />
      <span className="text-secondary">{t('app.loading')}</span>
    </Flex>
  );
}
