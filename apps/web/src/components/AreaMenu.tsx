import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { areaOfPath, areasFor } from './areas.ts';

/** The work areas this user may enter, as links. */
export function AreaMenu({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = areaOfPath(pathname);
  const items = areasFor(me).map((area) => ({
    key: area.key,
    label: (
      <NavLink to={area.path} end={area.path === '/'}>
        {t(`areas.${area.key}`)}
      </NavLink>
    ),
  }));
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={current ? [current.key] : []}
        style={{ borderBottom: 'none' }}
      />
    </nav>
  );
}
