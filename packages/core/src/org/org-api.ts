import { z } from 'zod';
import { AgencyRef, CenterRef } from '../auth/auth-api.ts';
import { Role } from '../auth/role.ts';
import { LocalDate } from '../calendar/local-date.ts';
import { OfficeHours } from '../calendar/office-hours.ts';
import { AgencySlug } from '../catalog/procedure-content.ts';
import { AgencyCode } from '../dossier/dossier-code.ts';
import { IsoInstant } from '../dossier/instant.ts';
import { PageQuery } from '../paging.ts';
import { requiredText } from '../validation.ts';

/** DESIGN §13: province; district until 2025-06-30; commune from 2025-07-01. */
export const CenterLevel = z.enum(['province', 'district', 'commune']);
export type CenterLevel = z.infer<typeof CenterLevel>;

/**
 * A center's code: the province's letter-digit code (`A01`…) for the province center, or a unit's four-group
 * identifier (QCVN 102:2016/BTTTT) for a branch.
 */
export const CenterCode = z
  .string()
  .trim()
  .regex(/^([A-Z][0-9]{2}|[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2})$/, 'org.invalid_center_code');
export type CenterCode = z.infer<typeof CenterCode>;

/** `GET /api/v1/centers` (public, DESIGN §11 org): every center, open or closed, with its period. */
export const PublicCenter = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: CenterLevel,
  parentCode: z.string().nullable(),
  validFrom: LocalDate,
  validTo: LocalDate.nullable(),
  address: z.string().nullable(),
  officeHours: OfficeHours,
});
export type PublicCenter = z.infer<typeof PublicCenter>;

/** `POST /api/v1/centers` (admin). Office hours default to DESIGN §5's when absent. */
export const CreateCenterRequest = z.object({
  code: CenterCode,
  name: requiredText(200),
  level: CenterLevel,
  parentCode: CenterCode.nullish(),
  validFrom: LocalDate,
  address: requiredText(300).nullish(),
  officeHours: OfficeHours.optional(),
});
export type CreateCenterRequest = z.infer<typeof CreateCenterRequest>;

/** `PATCH /api/v1/centers/{id}` (admin): code and level never change (dossier codes and reports name them). */
export const UpdateCenterRequest = z.object({
  name: requiredText(200).optional(),
  address: requiredText(300).nullish(),
  officeHours: OfficeHours.optional(),
  /**
   * The first day of the new hours (DESIGN §13), today when absent: the dossiers received before keep the hours of
   * their reception day.
   */
  officeHoursFrom: LocalDate.optional(),
});
export type UpdateCenterRequest = z.infer<typeof UpdateCenterRequest>;

/** `POST /api/v1/centers/{id}/close` and `…/agencies/{id}/end`, `…/counters/{id}/close`: the last day in force. */
export const CloseRequest = z.object({ validTo: LocalDate });
export type CloseRequest = z.infer<typeof CloseRequest>;

/** An agency as the admin sees it (DESIGN §4: a period and, after a merger, a successor). */
export const AgencyDetail = AgencyRef.extend({
  id: z.string(),
  validFrom: LocalDate,
  validTo: LocalDate.nullable(),
  successor: AgencyRef.nullable(),
  /** Codes of the centers it serves at. */
  centers: z.array(z.string()),
});
export type AgencyDetail = z.infer<typeof AgencyDetail>;

/** `POST /api/v1/agencies` (admin): code (QCVN 102, DESIGN §6) and slug never change afterwards. */
export const CreateAgencyRequest = z.object({
  code: AgencyCode,
  slug: AgencySlug,
  name: requiredText(200),
  validFrom: LocalDate,
  centers: z.array(CenterCode).min(1),
});
export type CreateAgencyRequest = z.infer<typeof CreateAgencyRequest>;

/** `PATCH /api/v1/agencies/{id}` (admin). */
export const UpdateAgencyRequest = z.object({
  name: requiredText(200).optional(),
  centers: z.array(CenterCode).min(1).optional(),
});
export type UpdateAgencyRequest = z.infer<typeof UpdateAgencyRequest>;

/** `POST /api/v1/agencies/{id}/end` (admin): its last day, and who takes its procedures over (a merger). */
export const EndAgencyRequest = CloseRequest.extend({ successor: AgencySlug.nullish() });
export type EndAgencyRequest = z.infer<typeof EndAgencyRequest>;

export const AgencyListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  includeEnded: z.stringbool().optional(),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuery>;

/** A counter as the admin sees it: its center and its period (closed, never deleted). */
export const CounterDetail = z.object({
  id: z.string(),
  center: CenterRef,
  number: z.int().min(1),
  name: z.string(),
  agency: AgencyRef.nullable(),
  fields: z.array(z.string()),
  validFrom: LocalDate,
  validTo: LocalDate.nullable(),
});
export type CounterDetail = z.infer<typeof CounterDetail>;

/** `POST /api/v1/centers/{id}/counters` (admin). No agency and no fields: a shared desk (post, returns). */
export const CreateCounterRequest = z.object({
  number: z.int().min(1).max(999),
  name: requiredText(100),
  agency: AgencySlug.nullish(),
  fields: z.array(z.string().trim().min(1).max(40)).max(200).default([]),
  validFrom: LocalDate.optional(),
});
export type CreateCounterRequest = z.infer<typeof CreateCounterRequest>;

/** `PATCH /api/v1/counters/{id}` (admin). */
export const UpdateCounterRequest = CreateCounterRequest.omit({ validFrom: true }).partial();
export type UpdateCounterRequest = z.infer<typeof UpdateCounterRequest>;

export const CounterAdminQuery = PageQuery.extend({ includeClosed: z.stringbool().optional() });
export type CounterAdminQuery = z.infer<typeof CounterAdminQuery>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, 'org.invalid_username');

/** How a new officer (or a reset) gets their first password: shown once to the admin, or an e-mailed link. */
export const PasswordDelivery = z.enum(['temporary', 'email']);
export type PasswordDelivery = z.infer<typeof PasswordDelivery>;

/** An officer as the admin sees them. Never deleted: `active` false is a deactivation. */
export const Officer = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  agency: AgencyRef.nullable(),
  center: CenterRef.nullable(),
  roles: z.array(Role),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: IsoInstant,
});
export type Officer = z.infer<typeof Officer>;

/** `POST /api/v1/users` (admin, DESIGN §11 org). Admins never set a password. */
export const CreateOfficerRequest = z.object({
  username: Username,
  fullName: requiredText(200),
  email: z.email('org.invalid_email').max(200).nullish(),
  agency: AgencySlug.nullish(),
  center: CenterCode.nullish(),
  roles: z.array(Role).min(1).max(8),
  delivery: PasswordDelivery.default('temporary'),
});
export type CreateOfficerRequest = z.infer<typeof CreateOfficerRequest>;

/** The answer to a create or a reset: the temporary password once, or null when a link was e-mailed. */
export const OfficerCredentials = z.object({
  id: z.string(),
  username: z.string(),
  temporaryPassword: z.string().nullable(),
});
export type OfficerCredentials = z.infer<typeof OfficerCredentials>;

/** `PATCH /api/v1/users/{id}` (admin): a role change applies at the officer's next request. */
export const UpdateOfficerRequest = CreateOfficerRequest.omit({ username: true, delivery: true }).partial();
export type UpdateOfficerRequest = z.infer<typeof UpdateOfficerRequest>;

/** `POST /api/v1/users/{id}/password-reset` (admin). */
export const ResetPasswordRequest = z.object({ delivery: PasswordDelivery.default('temporary') });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const OfficerListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  center: z.string().trim().max(40).optional(),
  agency: z.string().trim().max(40).optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
});
export type OfficerListQuery = z.infer<typeof OfficerListQuery>;

/** `POST /api/v1/auth/password`: every user changes their own; the policy of password-policy.ts applies. */
export const ChangePasswordRequest = z.object({
  currentPassword: requiredText(200, { trim: false }),
  newPassword: z.string().max(200, 'validation.too_long'),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** `POST /api/v1/auth/password/setup`: the e-mailed link's token chooses the password (public). */
export const SetupPasswordRequest = z.object({
  token: requiredText(200),
  newPassword: z.string().max(200, 'validation.too_long'),
});
export type SetupPasswordRequest = z.infer<typeof SetupPasswordRequest>;

/** An officer import (the catalog import's pattern): applied whole or not at all, each bad row named. */
export const OfficerImportRowError = z.object({
  row: z.int().min(1),
  column: z.string().nullable(),
  reason: z.string(),
});
export type OfficerImportRowError = z.infer<typeof OfficerImportRowError>;
export const OfficerImportJob = z.object({
  id: z.string(),
  status: z.enum(['running', 'applied', 'rejected', 'failed']),
  progress: z.object({ done: z.int().min(0), total: z.int().min(0) }),
  errors: z.array(OfficerImportRowError),
  summary: z.object({ created: z.int(), updated: z.int(), unchanged: z.int() }).nullable(),
});
export type OfficerImportJob = z.infer<typeof OfficerImportJob>;

/** One administrative change (DESIGN §13). */
export const AuditEntry = z.object({
  id: z.int(),
  at: IsoInstant,
  user: z.object({ username: z.string(), fullName: z.string() }).nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** The public shape before and after (null before a create); `unknown` already admits null, and a nullable
   * unknown is an illogical `anyOf` in the OpenAPI document. */
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({ entity: z.string().trim().max(40).optional() });
export type AuditQuery = z.infer<typeof AuditQuery>;
