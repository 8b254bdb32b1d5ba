import { z } from 'zod';
import { AgencyRef, CenterRef } from '../auth/auth-api.ts';
import { InProgressTimeliness, ResolvedTimeliness } from '../calendar/classification.ts';
import { WorkingLimit } from '../calendar/deadline.ts';
import { ResultDelivery } from '../catalog/enums.ts';
import { Vnd } from '../catalog/fee.ts';
import { ProcedureCode } from '../catalog/procedure-content.ts';
import { StepRole } from '../catalog/step.ts';
import { PageQuery } from '../paging.ts';
import { requiredText } from '../validation.ts';
import { ApplicantInput, ApplicantView, SubmitterInput, SubmitterView } from './applicant.ts';
import { Command, TransitionName } from './commands.ts';
import { ChecklistTicks, MissingItem } from './completeness.ts';
import { Apology, Consultation, DossierDecision, DossierChannel, FormSetId } from './dossier-state.ts';
import { IsoInstant } from './instant.ts';
import { DossierStatus } from './status.ts';
import { TimelineEntry } from './timeline.ts';
import { DossierWarning } from './timeliness.ts';
import { CompositeLinks } from './composite.ts';
import { NoticeForm } from './printable-forms.ts';

/** An uploaded file, stored content-addressed (DESIGN §6 "Documents"). */
export const DocumentId = z.string().min(1).max(100);

/** A fee paid at the counter or online, with the receipt's number (DESIGN §6 "Fees"). */
export const FeePayment = z.object({ receiptNumber: requiredText(50), amount: Vnd });
export type FeePayment = z.infer<typeof FeePayment>;

/** `POST /api/v1/dossiers`: reception at the counter (or a dossier sent by post), checked at once. */
export const ReceiveDossierRequest = z.object({
  procedureCode: ProcedureCode,
  channel: DossierChannel.default('direct'),
  applicant: ApplicantInput,
  submitter: SubmitterInput.nullable().default(null),
  ticks: ChecklistTicks,
  documents: z.array(DocumentId).max(100).default([]),
  feePayment: FeePayment.nullable().default(null),
  resultDelivery: ResultDelivery,
  notes: z.string().trim().max(2000, 'validation.too_long').nullable().default(null),
  counterId: z.string().max(100).nullable().default(null),
});
export type ReceiveDossierRequest = z.infer<typeof ReceiveDossierRequest>;

/** `POST /api/v1/dossiers/{id}/transitions`: a transition on the version the caller saw (stale → 409). */
export const TransitionRequest = z.object({ version: z.int().min(1) }).and(Command);
export type TransitionRequest = z.infer<typeof TransitionRequest>;

/** The command of a transition request, for `applyTransition` (its version goes to `expectedVersion`). */
export function commandOf(request: TransitionRequest): Command {
  return { transition: request.transition, payload: request.payload } as Command;
}

const PersonRef = z.object({ id: z.string(), fullName: z.string() });

/** `GET /api/v1/dossiers`: an inbox, filtered. */
export const DossierListQuery = PageQuery.extend({
  q: z.string().trim().max(200, 'validation.too_long').optional(),
  status: DossierStatus.optional(),
  warning: DossierWarning.optional(),
  mine: z.stringbool().optional(),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;

/** One row of an inbox. */
export const DossierSummary = z.object({
  id: z.string(),
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  applicantName: z.string(),
  status: DossierStatus,
  channel: DossierChannel,
  receivedAt: IsoInstant.nullable(),
  dueAt: IsoInstant.nullable(),
  warnings: z.array(DossierWarning),
  assignee: PersonRef.nullable(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const StepView = z.object({
  name: z.string(),
  role: StepRole,
  budgetMinutes: z.int().min(0),
  expectedAt: IsoInstant.nullable(),
  done: z.boolean(),
  current: z.boolean(),
});
export type StepView = z.infer<typeof StepView>;

const instantsAsIso = { deadline: IsoInstant, openedAt: IsoInstant, answeredAt: IsoInstant.nullable() };
export const ConsultationView = Consultation.extend({
  ...instantsAsIso,
  agency: AgencyRef,
  /** The consulted agency's time against this consultation's deadline (core `consultationResult`). */
  result: ResolvedTimeliness.nullable(),
  /** The reader's agency is the one asked and has not answered yet: what the opinion's form offers. */
  answerable: z.boolean(),
});
export type ConsultationView = z.infer<typeof ConsultationView>;

export const ClassificationView = z.discriminatedUnion('status', [
  z.object({ status: z.literal('resolved'), timeliness: ResolvedTimeliness }),
  z.object({ status: z.literal('inProgress'), timeliness: InProgressTimeliness }),
]);

/** `GET /api/v1/dossiers/{id}`: the whole dossier, for its agency (personal data masked for others). */
export const DossierView = z.object({
  id: z.string(),
  code: z.string(),
  status: DossierStatus,
  version: z.int().min(1),
  channel: DossierChannel,
  formSet: FormSetId,
  procedure: z.object({ code: z.string(), version: z.int(), name: z.string(), timeLimit: WorkingLimit }),
  agency: AgencyRef,
  /** Where it was received and its result is returned (DESIGN §13): a branch when routed to a province agency. */
  receivingCenter: CenterRef,
  applicant: ApplicantView,
  submitter: SubmitterView.nullable(),
  /** True when the reader is outside the dossier's agency: identity numbers and phones are masked. */
  masked: z.boolean(),
  resultDelivery: ResultDelivery,
  feePayment: FeePayment.nullable(),
  documents: z.array(DocumentId),
  notes: z.string().nullable(),
  submittedAt: IsoInstant.nullable(),
  receivedAt: IsoInstant.nullable(),
  dueAt: IsoInstant.nullable(),
  resolvedAt: IsoInstant.nullable(),
  returnedAt: IsoInstant.nullable(),
  pauses: z.array(z.object({ start: IsoInstant, end: IsoInstant.nullable(), reason: z.string() })),
  steps: z.array(StepView),
  consultations: z.array(ConsultationView),
  apology: Apology.extend({ at: IsoInstant, newDueAt: IsoInstant }).nullable(),
  decision: DossierDecision.extend({ at: IsoInstant }).nullable(),
  classification: ClassificationView.nullable(),
  warnings: z.array(DossierWarning),
  assignee: PersonRef.nullable(),
  availableTransitions: z.array(TransitionName),
  timeline: z.array(TimelineEntry),
  /** A composite dossier's children in partner agencies, or a child's parent (liên thông). */
  composite: CompositeLinks,
  /** The names of the procedure's checklist items, as kept with the dossier: what a supplement request names. */
  checklist: z.array(z.string()),
  /** Forms 02–05 this dossier has been issued and can print (core `printableForms`). */
  printableForms: z.array(NoticeForm),
});
export type DossierView = z.infer<typeof DossierView>;

/** The answer to a transition: the dossier, and the look-up secret when this transition issued one (`receive`, `reissue_secret`). */
export const TransitionResponse = DossierView.extend({ secret: z.string().optional() });
export type TransitionResponse = z.infer<typeof TransitionResponse>;

/** `POST /api/v1/dossiers/{id}/secret`: a new look-up secret for the dossier at this version; the old one stops working. */
export const ReissueSecretRequest = z.object({ version: z.int().min(1) });
export type ReissueSecretRequest = z.infer<typeof ReissueSecretRequest>;

/** The new secret, shown once (only its hash is kept), and the dossier as the reissue left it. */
export const ReissueSecretResponse = z.object({ secret: z.string(), dossier: DossierView });
export type ReissueSecretResponse = z.infer<typeof ReissueSecretResponse>;

/** The answer to a reception: the dossier, the secret to print once on the receipt, or form 02's items. */
export const ReceiveDossierResponse = z.object({
  outcome: z.enum(['received', 'supplement_requested']),
  dossier: DossierView,
  secret: z.string().nullable(),
  missing: z.array(MissingItem),
});
export type ReceiveDossierResponse = z.infer<typeof ReceiveDossierResponse>;
