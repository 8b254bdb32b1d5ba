import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Role } from '@motcua/core';
import { useMe } from '../../api/useMe.ts';
import { areaByKey, canEnter } from '../../components/areas.ts';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import { CONSULTATIONS_PATH } from './consultation-params.ts';
import './processing.css';

/** Who works in an agency, and so has the consultations it is asked for (a center's director has none). */
const AGENCY_ROLES: readonly Role[] = ['appraiser', 'approver', 'agency_head'];

/** The inbox, what the agency is consulted on and, for the head, the delegations. */
export function ProcessingNav() {
  const { t } = useTranslation();
  const { data: me = null } = useMe();
  const delegations = areaByKey('delegations');
  const inAgency = me?.agency != null && AGENCY_ROLES.some((role) => me.roles.includes(role));
  return (
    <nav aria-label={t('processing.nav.label')}>
      <Flex gap="large" wrap className="processing-nav">
        <NavLink to={dossierPaths.processing} end data-testid="processing-nav-inbox">
          {t(inAgency ? 'processing.nav.inbox' : 'processing.nav.inboxCenter')}
        </NavLink>
        {inAgency && (
          <NavLink to={CONSULTATIONS_PATH} end data-testid="processing-nav-consultations">
            {t('consultation.nav')}
          </NavLink>
        )}
        {canEnter(delegations, me) && (
          <NavLink to={delegations.path} end data-testid="processing-nav-delegations">
            {t('processing.nav.delegations')}
          </NavLink>
        )}
      </Flex>
    </nav>
  );
}
