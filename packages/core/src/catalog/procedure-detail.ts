import { z } from 'zod';
import { AgencyRef } from '../auth/auth-api.ts';
import { LocalDate } from '../calendar/local-date.ts';
import { FieldRef } from './procedure-api.ts';
import { ProcedureCode, ProcedureContent } from './procedure-content.ts';
import { Procedure } from './procedure.ts';
import { ProcedureStep, WORKING_DAY_MINUTES } from './step.ts';

/** A step with the moment it is expected to end, counted in working days from reception (DESIGN §5). */
export const ScheduledStep = ProcedureStep.extend({
  endsAfterMinutes: z.number().int().min(0),
  /** Working days from reception to the end of this step, e.g. 2.5. */
  endsAfterDays: z.number().min(0),
});
export type ScheduledStep = z.infer<typeof ScheduledStep>;

/** `GET /api/v1/procedures/{code}`: a version with its agency, field, step schedule and partners. */
export const ProcedureDetail = z.object({
  procedure: Procedure,
  agency: AgencyRef,
  field: FieldRef,
  stepSchedule: z.array(ScheduledStep),
  partners: z.array(z.object({ code: ProcedureCode, name: z.string(), agency: AgencyRef })),
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

/** The cumulative end of each step: what a citizen sees as each step's expected moment. */
export function scheduleSteps(
  steps: readonly ProcedureStep[],
  dayMinutes: number = WORKING_DAY_MINUTES,
): ScheduledStep[] {
  let elapsed = 0;
  return steps.map((step) => {
    elapsed += step.budgetMinutes;
    return { ...step, endsAfterMinutes: elapsed, endsAfterDays: Math.round((elapsed / dayMinutes) * 100) / 100 };
  });
}

/** One row of a procedure's version history. */
export const ProcedureVersionSummary = z.object({
  version: z.int().min(1),
  effectiveFrom: LocalDate,
  effectiveTo: LocalDate.nullable(),
  name: z.string(),
  agency: AgencyRef,
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.object({ username: z.string(), fullName: z.string() }).nullable(),
});
export type ProcedureVersionSummary = z.infer<typeof ProcedureVersionSummary>;

/** `POST /api/v1/procedures`: a new procedure, in force from a date. */
export const CreateProcedureRequest = z.object({
  code: ProcedureCode,
  effectiveFrom: LocalDate,
  content: ProcedureContent,
});
export type CreateProcedureRequest = z.infer<typeof CreateProcedureRequest>;

/** `PUT /api/v1/procedures/{code}`: a new version of the latest one (`baseVersion`, stale → 409). */
export const ReviseProcedureRequest = z.object({
  baseVersion: z.int().min(1),
  effectiveFrom: LocalDate,
  content: ProcedureContent,
});
export type ReviseProcedureRequest = z.infer<typeof ReviseProcedureRequest>;

/** `POST /api/v1/procedures/{code}/retire`: no longer in force after `effectiveTo`. */
export const RetireProcedureRequest = z.object({ baseVersion: z.int().min(1), effectiveTo: LocalDate });
export type RetireProcedureRequest = z.infer<typeof RetireProcedureRequest>;

/** Agencies and fields to browse the catalog by, with how many procedures in force each has. */
/** An agency with its id (what consultations and other commands name it by) and its procedures in force. */
export const AgencyWithCount = AgencyRef.extend({ id: z.string(), procedureCount: z.int().min(0) });
export type AgencyWithCount = z.infer<typeof AgencyWithCount>;
export const FieldWithCount = FieldRef.extend({ agency: AgencyRef, procedureCount: z.int().min(0) });
export type FieldWithCount = z.infer<typeof FieldWithCount>;

/** An Excel import of the catalog (issue 5): applied whole or not at all, each bad row named. */
export const CatalogImportRowError = z.object({ sheet: z.string(), row: z.int().min(1), reason: z.string() });
export type CatalogImportRowError = z.infer<typeof CatalogImportRowError>;
export const CatalogImportJob = z.object({
  id: z.string(),
  status: z.enum(['running', 'applied', 'rejected', 'failed']),
  progress: z.object({ done: z.int().min(0), total: z.int().min(0) }),
  errors: z.array(CatalogImportRowError),
  summary: z.object({ created: z.int(), revised: z.int(), unchanged: z.int() }).nullable(),
});
export type CatalogImportJob = z.infer<typeof CatalogImportJob>;
