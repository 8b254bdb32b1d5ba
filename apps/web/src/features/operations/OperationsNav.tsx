import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useMe } from '../../api/useMe.ts';
import { operationsPaths } from './operations-paths.ts';

const PAGES = ['dashboard', 'report', 'nationalIndex'] as const;

/** The operations pages as links; the reports are the director's (an agency head sees only the dashboard, so no links at all). */
export function OperationsNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me?.roles.includes('director')) return null;
  return (
    <nav aria-label={t('operations.nav.label')}>
      <Flex gap="large" wrap className="operations-nav">
        {PAGES.map((page) => (
          <NavLink key={page} to={operationsPaths[page]} end data-testid={`operations-nav-${page}`}>
            {t(`operations.nav.${page}`)}
          </NavLink>
        ))}
      </Flex>
    </nav>
  );
}
