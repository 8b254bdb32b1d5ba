import { lazy, Suspense, useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { areaOfPath, areasFor } from './areas.ts';

// The phone's drawer (Ant Design's Drawer and Menu) is loaded when first opened: the first page stays light
// (issue 19: at most 250 kB of JavaScript, gzip).
const AreaDrawer = lazy(() => import('./AreaDrawer.tsx').then((m) => ({ default: m.AreaDrawer })));

const DRAWER_ID = 'area-menu-drawer';

/**
 * The work areas this user may enter, as links, every one in sight (never folded into a "…"), on a second line when
 * the window is narrow. On a phone (below `md`) they open from a button in a drawer, one per line.
 */
export function AreaMenu({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const listed = areasFor(me);
  const current = areaOfPath(pathname, listed);
  const links = listed.map((area) => ({ key: area.key, path: area.path, label: t(`areas.${area.key}`) }));
  if (!phone) {
    return (
      <nav aria-label={t('nav.label')}>
        <ul className="app-nav-list">
          {links.map((link) => (
            <li key={link.key}>
              <Link to={link.path} aria-current={current?.key === link.key ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
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
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
        data-testid="area-menu-button"
        className="app-nav-button"
      >
        {t('nav.open')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <AreaDrawer id={DRAWER_ID} links={links} current={current?.key} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
