import { z } from 'zod';
import { AGENCY_ROLES } from '../auth/role.ts';
import { StepBudget, type WorkingLimit } from '../calendar/deadline.ts';
import { DEFAULT_OFFICE_HOURS, officeSchedule } from '../calendar/office-hours.ts';
import { requiredText } from '../validation.ts';

/** The agency role that carries out a step (DESIGN §1): counter, appraiser, approver or agency head. */
export const StepRole = z.enum(AGENCY_ROLES);
export type StepRole = z.infer<typeof StepRole>;

/**
 * A stage of a procedure's process with its share of the time limit in working minutes (DESIGN §5:
 * 0.5 day = 225). A calendar `StepBudget` with its role, so that `stepMoments` takes the steps as
 * they are. The budgets of all steps add up to at most the limit (`validateProcedureContent`).
 */
export const ProcedureStep = StepBudget.extend({
  name: requiredText(300),
  role: StepRole,
  budgetMinutes: z.int().min(0).max(450_000),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** DESIGN §5: the default office hours make a working day of 450 working minutes. */
export const WORKING_DAY_MINUTES = officeSchedule(DEFAULT_OFFICE_HOURS).dayMs / 60_000;

/** A time limit in working minutes, the unit of step budgets. */
export function limitMinutes(limit: WorkingLimit, dayMinutes: number = WORKING_DAY_MINUTES): number {
  return limit.unit === 'days' ? limit.value * dayMinutes : limit.value * 60;
}
