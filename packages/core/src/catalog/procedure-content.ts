import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { SuspensionMode, WorkingLimit } from '../calendar/deadline.ts';
import { TimeOfDay } from '../calendar/office-hours.ts';
import { requiredText } from '../validation.ts';
import { ChecklistItem } from './checklist.ts';
import { OnlineLevel, ProcedureLevel, ResultDelivery } from './enums.ts';
import { Fee } from './fee.ts';
import { FormField } from './form-field.ts';
import { ProcedureStep } from './step.ts';

/** National-style procedure code of the national database of procedures, e.g. `1.001234`. */
export const ProcedureCode = z.string().regex(/^\d\.\d{6}$/, 'catalog.invalid_procedure_code');
export type ProcedureCode = z.infer<typeof ProcedureCode>;

/** An agency's short name in URLs and log-ins (DESIGN §11: `congan`, `gtvt`…). */
export const AgencySlug = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'catalog.invalid_slug');
export type AgencySlug = z.infer<typeof AgencySlug>;

export const FieldCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, 'catalog.invalid_field_code');
export type FieldCode = z.infer<typeof FieldCode>;

/** A field (lĩnh vực): a group of procedures of one agency, the agency that holds it today. */
export const Field = z.object({ code: FieldCode, name: requiredText(300), agencySlug: AgencySlug });
export type Field = z.infer<typeof Field>;

/**
 * What an officer edits in a procedure: everything but its identity and effective period. A change
 * makes a new version (`reviseProcedure`). Without the rules attached, so that adapters can pick,
 * omit or extend it (zod refuses `.omit()` on a refined object).
 */
export const ProcedureContent = z.object({
  name: requiredText(500),
  agencySlug: AgencySlug,
  fieldCode: FieldCode,
  level: ProcedureLevel,
  /** N working days or hours: the calendar's `WorkingLimit`, which computes the due moment from it. */
  timeLimit: WorkingLimit,
  /** Per-procedure cut-off hour (DESIGN §5): a later reception counts from the next working day. */
  cutoffTime: TimeOfDay.nullable(),
  suspensionMode: SuspensionMode,
  steps: z.array(ProcedureStep).max(20),
  checklist: z.array(ChecklistItem).max(100),
  fees: z.array(Fee).max(20),
  onlineLevel: OnlineLevel,
  resultDelivery: z.array(ResultDelivery).min(1).max(3),
  /** Căn cứ pháp lý: the laws, decrees and circulars the procedure rests on. */
  legalBasis: z.array(requiredText(500)).max(50),
  formFields: z.array(FormField).max(100),
  /** Composite procedures (liên thông, DESIGN §6): the procedures of partner agencies it runs with. */
  partnerCodes: z.array(ProcedureCode).max(20),
});
export type ProcedureContent = z.infer<typeof ProcedureContent>;

/** The identity and effective period of one version of a procedure (periods: see versioning.ts). */
export const ProcedureVersionKey = z.object({
  code: ProcedureCode,
  version: z.number().int().min(1),
  effectiveFrom: LocalDate,
  effectiveTo: LocalDate.nullable(),
});
export type ProcedureVersionKey = z.infer<typeof ProcedureVersionKey>;
