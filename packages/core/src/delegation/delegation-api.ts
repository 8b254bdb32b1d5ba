import { z } from 'zod';
import { AGENCY_ROLES, Role } from '../auth/role.ts';
import { InstantInput, IsoInstant } from '../dossier/instant.ts';
import { PageQuery, pageOf } from '../paging.ts';
import { requiredText } from '../validation.ts';

/** `POST /api/v1/delegations`: the head hands an absent officer's work to another officer for a period. */
export const CreateDelegationRequest = z.object({
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  /** ISO-8601 instants with their offset; the period is half-open: [startsAt, endsAt). */
  startsAt: InstantInput,
  endsAt: InstantInput,
  reason: requiredText(500),
});
export type CreateDelegationRequest = z.infer<typeof CreateDelegationRequest>;

/** Where a delegation stands at an instant; `cancelled` wins over the others. */
export const DelegationStatus = z.enum(['scheduled', 'active', 'ended', 'cancelled']);
export type DelegationStatus = z.infer<typeof DelegationStatus>;

const PersonRef = z.object({ id: z.string(), fullName: z.string() });

export const DelegationView = z.object({
  id: z.string(),
  from: PersonRef,
  to: PersonRef,
  startsAt: IsoInstant,
  endsAt: IsoInstant,
  reason: z.string(),
  status: DelegationStatus,
  createdBy: PersonRef,
  createdAt: IsoInstant,
  cancelledAt: IsoInstant.nullable(),
  cancelledBy: PersonRef.nullable(),
});
export type DelegationView = z.infer<typeof DelegationView>;

/** `GET /api/v1/delegations?page&pageSize`: the head's agency, newest first. */
export const DelegationListQuery = PageQuery;
export type DelegationListQuery = z.infer<typeof DelegationListQuery>;
export const DelegationList = pageOf(DelegationView);
export type DelegationList = z.infer<typeof DelegationList>;

export const DelegationIdParams = z.object({ id: z.uuid() });
export type DelegationIdParams = z.infer<typeof DelegationIdParams>;

/** `GET /api/v1/officers[?role=…]`: the picker of the reassign and approver fields. */
export const OfficerQuery = z.object({ role: z.enum(AGENCY_ROLES).optional() });
export type OfficerQuery = z.infer<typeof OfficerQuery>;

export const OfficerOption = z.object({
  id: z.string(),
  fullName: z.string(),
  username: z.string(),
  roles: z.array(Role),
  /** When the officer is delegated away now: the end of that absence; else null. */
  absentUntil: IsoInstant.nullable(),
  /** Who carries the officer's work now (the end of a chain of delegations); null when present. */
  delegateId: z.string().nullable(),
});
export type OfficerOption = z.infer<typeof OfficerOption>;

/** Not paged: an agency has tens of officers at most. */
export const OfficerList = z.object({ items: z.array(OfficerOption) });
export type OfficerList = z.infer<typeof OfficerList>;
