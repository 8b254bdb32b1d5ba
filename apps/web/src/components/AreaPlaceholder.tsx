import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/useMe.ts';
import { usePageTitle } from './usePageTitle.ts';

/** The page of a work area whose functions are still to come: its name, the officer's agency, what it will do. */
export function AreaPlaceholder({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  usePageTitle(title);
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {me?.agency && (
          <Typography.Text type="secondary" data-testid="area-agency">
            {t('area.agency', { name: me.agency.name })}
          </Typography.Text>
        )}
        {!me?.agency && me?.center && (
          <Typography.Text type="secondary">{t('area.center', { name: me.center.name })}</Typography.Text>
        )}
      </div>
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('area.underConstruction')} />
    </Flex>
  );
}
