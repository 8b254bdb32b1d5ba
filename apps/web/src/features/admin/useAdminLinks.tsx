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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type AdminLink = { id: string; to: string; icon: ReactNode; label: string; short: string };

/** The admin area's pages, in the order a new province sets itself up (issue 16), then the log. */
export function useAdminLinks(): AdminLink[] {
  const { t } = useTranslation();
  return [
    { id: 'setup', to: '/admin/thiet-lap', icon: <OrderedListOutlined aria-hidden />, label: t('org.nav.setup') },
    { id: 'centers', to: '/admin/trung-tam', icon: <BankOutlined aria-hidden />, label: t('org.nav.centers') },
    { id: 'agencies', to: '/admin/co-quan', icon: <ApartmentOutlined aria-hidden />, label: t('org.nav.agencies') },
    { id: 'officers', to: '/admin/can-bo', icon: <TeamOutlined aria-hidden />, label: t('org.nav.officers') },
    { id: 'counters', to: '/admin/quay', icon: <DesktopOutlined aria-hidden />, label: t('org.nav.counters') },
    {
      id: 'catalog',
      to: '/admin/catalog',
      icon: <FileSearchOutlined aria-hidden />,
      label: t('admin.catalogLink'),
      short: t('org.nav.catalog'),
    },
    {
      id: 'calendar',
      to: '/admin/calendar',
      icon: <CalendarOutlined aria-hidden />,
      label: t('admin.calendarLink'),
      short: t('org.nav.calendar'),
    },
    { id: 'audit', to: '/admin/nhat-ky', icon: <AuditOutlined aria-hidden />, label: t('org.nav.audit') },
  ].map((link) => ({ ...link, short: link.short ?? link.label }));
}
