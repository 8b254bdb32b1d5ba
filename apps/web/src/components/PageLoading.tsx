import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex role="status" justify="center" align="center" gap="middle" style={{ padding: 48 }}>
      <Spin size="large" />
      <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
    </Flex>
  );
}
