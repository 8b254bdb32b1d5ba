import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  OrderedListOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SetupGuide } from './org/SetupGuide.tsx';

/** The admin area: a new province's setup guide, then every function of the area. */
export function AdminHome() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const links = [
    { to: '/admin/thiet-lap', icon: <OrderedListOutlined aria-hidden />, label: t('org.nav.setup'), id: 'setup' },
    { to: '/admin/trung-tam', icon: <BankOutlined aria-hidden />, label: t('org.nav.centers'), id: 'centers' },
    { to: '/admin/co-quan', icon: <ApartmentOutlined aria-hidden />, label: t('org.nav.agencies'), id: 'agencies' },
    { to: '/admin/can-bo', icon: <TeamOutlined aria-hidden />, label: t('org.nav.officers'), id: 'officers' },
    { to: '/admin/quay', icon: <DesktopOutlined aria-hidden />, label: t('org.nav.counters'), id: 'counters' },
    { to: '/admin/catalog', icon: <FileSearchOutlined aria-hidden />, label: t('admin.catalogLink'), id: 'catalog' },
    { to: '/admin/calendar', icon: <CalendarOutlined aria-hidden />, label: t('admin.calendarLink'), id: 'calendar' },
    { to: '/admin/nhat-ky', icon: <AuditOutlined aria-hidden />, label: t('org.nav.audit'), id: 'audit' },
  ];
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
