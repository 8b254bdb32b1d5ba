import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useMe } from '../../api/useMe.ts';
import { operationsPaths } from './operations-paths.ts';

const PAGES = ['dashboard', 'report', 'nationalIndex'] as const;
/** An agency head's: the dashboard and their agency's personal-data access log. */
const HEAD_PAGES = ['dashboard'] as const;

/** The operations pages as links; the reports are the director's, the personal-data log the director's and the head's. */
export function OperationsNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const pages = me?.roles.includes('director') ? PAGES : me?.roles.includes('agency_head') ? HEAD_PAGES : null;
  if (!pages) return null;
  return (
    <nav aria-label={t('operations.nav.label')}>
      <Flex gap="large" wrap className="operations-nav">
        {pages.map((page) => (
          <NavLink key={page} to={operationsPaths[page]} end data-testid={`operations-nav-${page}`}>
            {t(`operations.nav.${page}`)}
          </NavLink>
        ))}
        <NavLink to={operationsPaths.personalData} end data-testid="operations-nav-personalData">
          {t('privacy.nav')}
        </NavLink>
      </Flex>
    </nav>
  );
}
