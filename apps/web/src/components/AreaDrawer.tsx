import { Drawer, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export type AreaLink = { key: string; path: string; label: string };

/** The phone's menu: the areas one per line in a drawer, which closes once one is chosen. */
export function AreaDrawer(props: {
  id: string;
  links: readonly AreaLink[];
  current?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const items = props.links.map((link) => ({
    key: link.key,
    label: (
      <NavLink to={link.path} end={link.path === '/'}>
        {link.label}
      </NavLink>
    ),
  }));
  return (
    <Drawer id={props.id} placement="left" width={280} title={t('nav.label')} open={props.open} onClose={props.onClose}>
      <nav aria-label={t('nav.label')}>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={props.current ? [props.current] : []}
          onClick={props.onClose}
          style={{ borderInlineEnd: 'none' }}
        />
      </nav>
    </Drawer>
  );
}
