import { AGENCY_ROLES, type Role } from '@motcua/core';
import type { CreateDelegationInput } from '../../api/delegations.ts';
import type { OfficerRole } from '../../api/officers.ts';

/** What the delegation form holds: instants as typed in `datetime-local` boxes, in Vietnam's time. */
export type DelegationValues = {
  fromUserId?: string;
  toUserId?: string;
  startsAt?: string;
  endsAt?: string;
  reason?: string;
};

const MINUTE = 60_000;
const UTC_PLUS_7 = 7 * 60 * MINUTE;

/** A `datetime-local` value read in the center's time zone (UTC+7, no daylight saving). */
const vietnamInstant = (local: string | undefined) => (local ? `${local}:00+07:00` : '');

/** This minute in Vietnam as a `datetime-local` box shows it: a delegation usually starts now. */
export const vietnamNow = (now: number = Date.now()) =>
  new Date(Math.floor(now / MINUTE) * MINUTE + UTC_PLUS_7).toISOString().slice(0, 16);

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
