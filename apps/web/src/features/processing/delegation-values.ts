import { AGENCY_ROLES, canStandIn, type Role } from '@motcua/core';
import type { CreateDelegationInput } from '../../api/delegations.ts';
import type { OfficerRole } from '../../api/officers.ts';
import { vietnamInstant } from '../../components/datetime-local.ts';

/** What the delegation form holds: instants as typed in `datetime-local` boxes, in Vietnam's time. */
export type DelegationValues = {
  fromUserId?: string;
  toUserId?: string;
  startsAt?: string;
  endsAt?: string;
  reason?: string;
};

export function toDelegationRequest(v: DelegationValues): CreateDelegationInput {
  return {
    fromUserId: v.fromUserId ?? '',
    toUserId: v.toUserId ?? '',
    startsAt: vietnamInstant(v.startsAt),
    endsAt: vietnamInstant(v.endsAt),
    reason: v.reason?.trim() ?? '',
  };
}

/** The dossier roles of an officer that the form names (a delegate must hold the absent officer's). */
export const agencyRoles = (roles: readonly Role[]): OfficerRole[] =>
  AGENCY_ROLES.filter((role) => roles.includes(role));

/**
 * The officers the form offers to stand in for `fromId` (core `canStandIn`: someone else holding every
 * dossier role of theirs); everyone until the absent officer is chosen.
 */
export function standInChoices<T extends { id: string; roles: readonly Role[] }>(
  officers: readonly T[],
  fromId: string | undefined,
): readonly T[] {
  const from = officers.find((o) => o.id === fromId);
  return from ? officers.filter((o) => canStandIn(from, o)) : officers;
}
