import { z } from 'zod';
import { ClockPause, SuspensionMode, WorkingLimit } from '../calendar/deadline.ts';
import { ResolutionKind } from '../calendar/classification.ts';
import { dayOfInstant, formatLocalDate, type Instant } from '../calendar/local-date.ts';
import { TimeOfDay } from '../calendar/office-hours.ts';
import { ChecklistItem } from '../catalog/checklist.ts';
import { OnlineLevel } from '../catalog/enums.ts';
import { ProcedureStep } from '../catalog/step.ts';
import { FORM_SETS, formSetOn, type FormSet } from '../forms/form-set.ts';
import { DossierStatus } from './status.ts';

/** Epoch milliseconds, as the calendar computes (`Instant`). */
export const EpochMs = z.number().int();

/** Channels (DESIGN §6): at the counter (trực tiếp), online (trực tuyến), public post (bưu chính công ích). */
export const DossierChannel = z.enum(['direct', 'online', 'post']);
export type DossierChannel = z.infer<typeof DossierChannel>;

/**
 * The form set in force on the reception day (forms/form-set.ts; DESIGN §4, §6): TT 01/2018/TT-VPCP,
 * then TT 03/2025/TT-VPCP (with NĐ 118/2025/NĐ-CP) from 2025-07-01. A dossier keeps its set.
 */
export const FormSetId = z.enum(FORM_SETS.map((s) => s.id) as [FormSet['id'], ...FormSet['id'][]]);
export type FormSetId = z.infer<typeof FormSetId>;

export function formSetIdAt(at: Instant): FormSetId {
  return formSetOn(formatLocalDate(dayOfInstant(at))).id;
}

/** What the rules need of the procedure version in force on the reception day, kept with the dossier. */
export const ProcedureSnapshot = z.object({
  code: z.string(),
  version: z.int().min(1),
  timeLimit: WorkingLimit,
  cutoffTime: TimeOfDay.nullable(),
  suspensionMode: SuspensionMode,
  steps: z.array(ProcedureStep),
  checklist: z.array(ChecklistItem),
  onlineLevel: OnlineLevel,
});
export type ProcedureSnapshot = z.infer<typeof ProcedureSnapshot>;

/** An opinion asked of another agency (liên thông, DESIGN §6), with its own deadline inside the lead's. */
export const Consultation = z.object({
  /** 1, 2, … in the order asked: how a reply names it. */
  no: z.int().min(1),
  agencyId: z.string(),
  question: z.string(),
  deadline: EpochMs,
  openedAt: EpochMs,
  opinion: z.string().nullable(),
  agrees: z.boolean().nullable(),
  answeredAt: EpochMs.nullable(),
  answeredBy: z.string().nullable(),
  /** Closed by the lead after its deadline passed without an answer. */
  lapsed: z.boolean(),
});
export type Consultation = z.infer<typeof Consultation>;

/** Form 04 (TT 01/2018, TT 03/2025): the apology with a new date; the dossier still counts late (DESIGN §5). */
export const Apology = z.object({
  at: EpochMs,
  newDueAt: EpochMs,
  reason: z.string(),
  /** Sent later than one working day before the due moment (NĐ 61/2018 art. 19; NĐ 118/2025). */
  late: z.boolean(),
});
export type Apology = z.infer<typeof Apology>;

export const DossierDecision = z.object({
  outcome: z.enum(['approved', 'refused']),
  at: EpochMs,
  resultNumber: z.string().nullable(),
  reasons: z.array(z.string()),
  /** The result document the approver attached (an upload's id); a state written before it has none. */
  resultDocumentId: z.string().nullable().default(null),
});
export type DossierDecision = z.infer<typeof DossierDecision>;

/**
 * Everything the lifecycle's rules read, as a plain serialisable object (stored as columns and
 * jsonb; rebuilt from the events by `replay`). Instants are epoch ms.
 */
export const DossierState = z.object({
  status: DossierStatus,
  /** 1 when opened, +1 per applied transition: the optimistic-concurrency version. */
  version: z.int().min(1),
  agencyId: z.string(),
  /** The citizen account that owns an online dossier; null for one recorded at the counter. */
  ownerId: z.string().nullable(),
  /**
   * The center that received it (DESIGN §13): its counter receives and returns a dossier routed elsewhere.
   * Absent in states stored before centers routed dossiers: those were received where they are worked on.
   */
  receivedCenterId: z.string().optional(),
  channel: DossierChannel,
  procedure: ProcedureSnapshot,
  formSet: FormSetId,
  openedAt: EpochMs,
  /** The instant of the last event: a later command may not be earlier. */
  updatedAt: EpochMs,
  submittedAt: EpochMs.nullable(),
  /** The valid-reception instant: the clock starts here (DESIGN §5). */
  receivedAt: EpochMs.nullable(),
  pauses: z.array(ClockPause),
  /** The current due moment; null before reception and while the clock stands still. */
  dueAt: EpochMs.nullable(),
  stepIndex: z.int().min(0),
  assigneeId: z.string().nullable(),
  /** The appraiser in charge, to whom an approver sends a dossier back. */
  appraiserId: z.string().nullable(),
  supplementRequests: z.int().min(0),
  consultations: z.array(Consultation),
  apology: Apology.nullable(),
  decision: DossierDecision.nullable(),
  resolution: z.object({ at: EpochMs, kind: ResolutionKind }).nullable(),
  returnedAt: EpochMs.nullable(),
});
export type DossierState = z.infer<typeof DossierState>;
