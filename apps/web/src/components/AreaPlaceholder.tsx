import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaHeading } from './AreaHeading.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** The page of a work area whose functions are still to come: its name, the officer's agency, what it will do. */
export function AreaPlaceholder({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Flex vertical gap="middle">
      <AreaHeading title={title} />
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('area.underConstruction')} />
    </Flex>
  );
}
