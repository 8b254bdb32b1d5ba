import { useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { areaOfPath, areasFor } from './areas.ts';

const DRAWER_ID = 'area-menu-drawer';

/**
 * The work areas this user may enter, as links. Never folded into Ant Design's "…": its hidden copies stay
 * focusable under aria-hidden (axe: aria-hidden-focus), and at 375 px it showed 2 of 5 areas. On a phone (below
 * `md`) they open from a button in a drawer, one per line.
 */
export function AreaMenu({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const listed = areasFor(me);
  const current = areaOfPath(pathname, listed);
  const items = listed.map((area) => ({
    key: area.key,
    label: (
      <NavLink to={area.path} end={area.path === '/'}>
        {t(`areas.${area.key}`)}
      </NavLink>
    ),
  }));
  const selectedKeys = current ? [current.key] : [];
  if (!phone) {
    return (
      <nav aria-label={t('nav.label')}>
        {/* No "…": every area stays in sight, on a second line when the window is narrow (styles.css). */}
        <Menu
          mode="horizontal"
          disabledOverflow
          className="app-nav-menu"
          items={items}
          selectedKeys={selectedKeys}
          style={{ borderBottom: 'none' }}
        />
      </nav>
    );
  }
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined aria-hidden />}
        aria-expanded={open}
        aria-controls={DRAWER_ID}
        onClick={() => setOpen(true)}
        data-testid="area-menu-button"
        className="app-nav-button"
      >
        {t('nav.open')}
      </Button>
      <Drawer
        id={DRAWER_ID}
        placement="left"
        width={280}
        title={t('nav.label')}
        open={open}
        onClose={() => setOpen(false)}
      >
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selectedKeys}
            onClick={() => setOpen(false)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Drawer>
    </>
  );
}
