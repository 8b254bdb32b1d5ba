import type { Role } from '../auth/role.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { Language } from '../language.ts';
import { activeUntil, delegateAt, isActiveAt, type DelegationPeriod } from './delegate-resolution.ts';
import type { DelegationStatus } from './delegation-api.ts';
import type { DelegationRefusalCode } from './delegation-messages.ts';
import { overlapDetail, rolesMissingDetail } from './delegation-problems.ts';

/** The roles whose work on dossiers a delegate takes over (DESIGN §1): reception, appraisal, approval. */
export const DOSSIER_WORK_ROLES = ['counter', 'appraiser', 'approver'] as const satisfies readonly Role[];

export type DelegationOfficer = { id: string; agencyId: string | null; roles: readonly Role[]; disabled: boolean };

export type DelegationDecision =
  | { ok: true }
  | {
      ok: false;
      code: DelegationRefusalCode;
      field: 'fromUserId' | 'toUserId' | 'startsAt' | 'endsAt';
      detail?: Record<Language, string>;
    };

/** The dossier roles of `from` that `to` lacks: a delegate carries the whole of the absent officer's work, so all of them. */
export const missingWorkRoles = (from: { roles: readonly Role[] }, to: { roles: readonly Role[] }): Role[] =>
  DOSSIER_WORK_ROLES.filter((role) => from.roles.includes(role) && !to.roles.includes(role));

/**
 * Whether `to` may stand in for `from`, two officers of the head's agency, by the rules `decideDelegation`
 * applies to them (the period and other delegations aside): someone else, holding every dossier role of
 * `from`. The head's form offers only them.
 */
export const canStandIn = (
  from: { id: string; roles: readonly Role[] },
  to: { id: string; roles: readonly Role[] },
): boolean => from.id !== to.id && missingWorkRoles(from, to).length === 0;

type Input = {
  /** The agency of the head who delegates. */
  agencyId: string;
  from: DelegationOfficer | null;
  to: DelegationOfficer | null;
  period: { startsAt: Instant; endsAt: Instant };
  /** The agency's delegations that may touch the period (more does no harm). */
  existing: readonly DelegationPeriod[];
  now: Instant;
};

/** Whether two delegations cover a common instant (a period emptied by its cancellation covers none). */
export function overlaps(a: DelegationPeriod, b: DelegationPeriod): boolean {
  const [aEnd, bEnd] = [activeUntil(a), activeUntil(b)];
  return a.startsAt < aEnd && b.startsAt < bEnd && a.startsAt < bEnd && b.startsAt < aEnd;
}

/**
 * Whether the head may hand `from`'s work to `to` over the period (DESIGN §1: the agency head
 * "delegates during absence"). Checked in order; the first refusal is returned.
 */
export function decideDelegation(input: Input): DelegationDecision {
  const { agencyId, from, to, period, existing, now } = input;
  if (!from) return { ok: false, code: 'delegation.officer_not_found', field: 'fromUserId' };
  if (!to) return { ok: false, code: 'delegation.officer_not_found', field: 'toUserId' };
  if (from.agencyId !== agencyId) return { ok: false, code: 'delegation.other_agency', field: 'fromUserId' };
  if (to.agencyId !== agencyId) return { ok: false, code: 'delegation.other_agency', field: 'toUserId' };
  if (from.id === to.id) return { ok: false, code: 'delegation.to_self', field: 'toUserId' };
  if (to.disabled) return { ok: false, code: 'delegation.delegate_disabled', field: 'toUserId' };
  if (period.endsAt <= period.startsAt) return { ok: false, code: 'delegation.period_reversed', field: 'endsAt' };
  if (period.endsAt <= now) return { ok: false, code: 'delegation.period_over', field: 'endsAt' };
  const missing = missingWorkRoles(from, to);
  if (missing.length > 0)
    return { ok: false, code: 'delegation.roles_missing', field: 'toUserId', detail: rolesMissingDetail(missing) };
  const candidate: DelegationPeriod = { id: '', fromUserId: from.id, toUserId: to.id, ...period, cancelledAt: null };
  // One officer, one delegate at any instant: otherwise the work would have two carriers.
  const taken = existing.find((d) => d.fromUserId === from.id && overlaps(d, candidate));
  if (taken)
    return {
      ok: false,
      code: 'delegation.overlap',
      field: 'startsAt',
      detail: overlapDetail({ startsAt: taken.startsAt, until: activeUntil(taken) }),
    };
  if (closesLoop(existing, candidate)) return { ok: false, code: 'delegation.loop', field: 'toUserId' };
  return { ok: true };
}

/**
 * Whether adding `candidate` would make a chain come back on itself at some instant of its period.
 * Chains only change where a delegation starts or stops, so those instants are enough to look at.
 */
function closesLoop(existing: readonly DelegationPeriod[], candidate: DelegationPeriod): boolean {
  const all = [...existing, candidate];
  const moments = [candidate.startsAt, ...existing.flatMap((d) => [d.startsAt, activeUntil(d)])].filter((t) =>
    isActiveAt(candidate, t),
  );
  return moments.some((t) => delegateAt(all, candidate.fromUserId, t) === null);
}

export function delegationStatus(d: DelegationPeriod, now: Instant): DelegationStatus {
  if (d.cancelledAt !== null) return 'cancelled';
  if (now < d.startsAt) return 'scheduled';
  return now < d.endsAt ? 'active' : 'ended';
}

/** A delegation is cancelled once, and only while it has not ended (the past stays as it was). */
export function decideCancel(
  d: DelegationPeriod,
  now: Instant,
): { ok: true } | { ok: false; code: 'delegation.already_cancelled' | 'delegation.already_ended' } {
  if (d.cancelledAt !== null) return { ok: false, code: 'delegation.already_cancelled' };
  if (d.endsAt <= now) return { ok: false, code: 'delegation.already_ended' };
  return { ok: true };
}
