import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SetupGuide } from './org/SetupGuide.tsx';
import { useAdminLinks } from './useAdminLinks.tsx';

/** The admin area: a new province's setup guide, then every function of the area. */
export function AdminHome() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const links = useAdminLinks();
  return (
    <Flex vertical gap="large">
      <div>
        <AreaHeading title={t('admin.title')} />
        <Typography.Paragraph>{t('admin.description')}</Typography.Paragraph>
      </div>
      <SetupGuide titled />
      <nav aria-labelledby="admin-functions">
        <Typography.Title level={2} id="admin-functions" style={{ fontSize: 18 }}>
          {t('admin.functions')}
        </Typography.Title>
        <Flex vertical gap="small">
          {links.map((link) => (
            <Link key={link.id} to={link.to} data-testid={`admin-${link.id}-link`}>
              {link.icon} {link.label}
            </Link>
          ))}
        </Flex>
      </nav>
    </Flex>
  );
}
