import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useMe } from '../../api/useMe.ts';
import { areaByKey, canEnter } from '../../components/areas.ts';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import './processing.css';

/** The inbox and the head's delegations as links; appraisers and approvers have the inbox only, so no links at all. */
export function ProcessingNav() {
  const { t } = useTranslation();
  const { data: me = null } = useMe();
  const delegations = areaByKey('delegations');
  if (!canEnter(delegations, me)) return null;
  return (
    <nav aria-label={t('processing.nav.label')}>
      <Flex gap="large" wrap className="processing-nav">
        <NavLink to={dossierPaths.processing} end data-testid="processing-nav-inbox">
          {t('processing.nav.inbox')}
        </NavLink>
        <NavLink to={delegations.path} end data-testid="processing-nav-delegations">
          {t('processing.nav.delegations')}
        </NavLink>
      </Flex>
    </nav>
  );
}
