import type { ReactNode } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useAdminLinks } from '../useAdminLinks.tsx';

/** An organisation page: the admin area's pages (the current one marked), its title (the page's one h1), what it is for, then its content. */
export function OrgPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const links = useAdminLinks();
  usePageTitle(title);
  return (
    <Flex vertical gap="middle">
      <nav aria-label={t('admin.title')}>
        <Flex gap="small" wrap className="admin-subnav">
          <NavLink to="/admin" end>
            <ArrowLeftOutlined aria-hidden /> {t('admin.title')}
          </NavLink>
          {links.map((link) => (
            <NavLink key={link.id} to={link.to}>
              {link.short}
            </NavLink>
          ))}
        </Flex>
      </nav>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {title}
      </Typography.Title>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {children}
    </Flex>
  );
}
