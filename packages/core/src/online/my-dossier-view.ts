import type { WorkingClock } from '../calendar/working-time.ts';
import { feeAmount, type Fee } from '../catalog/fee.ts';
import type { FormField } from '../catalog/form-field.ts';
import type { Actor } from '../dossier/context.ts';
import type { DossierState } from '../dossier/dossier-state.ts';
import type { DossierEventDraft } from '../dossier/events.ts';
import { isoOf } from '../dossier/instant.ts';
import { availableTransitions } from '../dossier/lifecycle.ts';
import { buildPublicLookup } from '../dossier/lookup-api.ts';
import { NOTICE_EVENTS, printableForms } from '../dossier/printable-forms.ts';
import { isFinal } from '../dossier/status.ts';
import type {
  MyDossierDocument,
  MyDossierForm,
  MyDossierSummary,
  MyDossierView,
  MySupplementAsked,
  OnlineForm,
} from './online-api.ts';

/** The printable forms' names as the citizen reads them (receipt: form 01; notices 02–05). */
export const MY_FORM_NAMES = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  stop: 'Thông báo về việc dừng giải quyết hồ sơ',
} as const;
export type MyForm = keyof typeof MY_FORM_NAMES;

/** What is asked of the citizen: the open supplement request's items (form 02), read from its event. */
export function askedOf(state: DossierState, events: readonly DossierEventDraft[]): MySupplementAsked | null {
  if (state.status !== 'awaiting_supplement') return null;
  const asked = events.findLast((e) => NOTICE_EVENTS.supplement.includes(e.type));
  if (!asked) return null;
  const p = asked.payload as { items?: { name: string; reason: string }[]; note?: string | null };
  return {
    atIntake: state.receivedAt === null,
    requestedAt: isoOf(asked.at),
    items: p.items ?? [],
    note: p.note ?? null,
  };
}

/** The forms issued for the dossier, as links under its own path (`/api/v1/my/dossiers/{id}/forms/{form}.pdf`). */
export function myForms(id: string, state: DossierState, events: readonly DossierEventDraft[]): MyDossierForm[] {
  const issued: MyForm[] = [
    ...(state.receivedAt === null ? [] : ['receipt' as const]),
    ...printableForms(events, state.formSet),
  ];
  return issued.map((form) => ({
    form,
    name: MY_FORM_NAMES[form],
    href: `/api/v1/my/dossiers/${id}/forms/${form}.pdf`,
  }));
}

/**
 * The fee owed (DESIGN §6 "Fees"): the procedure's first fee when it is fixed, less the online discount for an online
 * dossier; a table fee depends on a row the counter chooses: null until then. `paid` once a payment is recorded (at the
 * counter today; online payment is a later issue). Nothing is owed once the dossier is closed (returned, refused at
 * intake, withdrawn or stopped): whatever was paid, a closed dossier asks nothing more of its citizen.
 */
export function myFee(
  fees: readonly Fee[],
  options: { online: boolean; paid?: boolean; closed?: boolean },
): { amount: number; paid: boolean } | null {
  const first = fees[0];
  if (!first || options.closed) return null;
  const amount = feeAmount(first, { online: options.online });
  return amount === null ? null : { amount, paid: options.paid ?? false };
}

/** A dossier as its citizen reads it (DESIGN §11 portal): unmasked (their own data), with what they may do now. */
export function buildMyDossierView(
  clock: WorkingClock,
  input: {
    summary: MyDossierSummary;
    state: DossierState;
    events: readonly DossierEventDraft[];
    applicantName: string;
    reader: Actor;
    now: number;
    form: OnlineForm | null;
    formFields: FormField[];
    documents: MyDossierDocument[];
    fees: readonly Fee[];
    /** A payment of the fee is recorded (the counter's receipt number). */
    feePaid: boolean;
  },
): MyDossierView {
  const { state } = input;
  const lookup = buildPublicLookup(clock, {
    state,
    events: input.events,
    code: input.summary.code ?? '',
    procedureName: input.summary.procedure.name,
    agencyName: input.summary.agency.name,
    applicant: { kind: 'organisation', name: '', taxCode: '', representative: '', phone: '', email: null, address: '' },
  });
  const can = new Set(availableTransitions(state, input.reader, input.now));
  const decision = state.decision;
  return {
    ...input.summary,
    applicantName: input.applicantName,
    submittedAt: lookup.submittedAt,
    receivedAt: lookup.receivedAt,
    resolvedAt: lookup.resolvedAt,
    returnedAt: lookup.returnedAt,
    steps: lookup.steps,
    timeline: lookup.timeline,
    form: input.form,
    formFields: input.formFields,
    asked: askedOf(state, input.events),
    documents: input.documents,
    forms: myForms(input.summary.id, state, input.events),
    result: decision
      ? {
          outcome: decision.outcome,
          number: decision.resultNumber,
          reasons: decision.reasons,
          documentId: decision.resultDocumentId,
        }
      : null,
    fee: myFee(input.fees, { online: state.channel === 'online', paid: input.feePaid, closed: isFinal(state.status) }),
    actions: {
      edit: false,
      discard: false,
      supplement: can.has('resubmit') || can.has('record_supplement'),
      withdraw: can.has('withdraw'),
    },
  };
}

/** A draft as its citizen resumes it: the form and the fields of the procedure in force, nothing else yet. */
export function buildMyDraftView(input: {
  summary: MyDossierSummary;
  applicantName: string;
  form: OnlineForm;
  formFields: FormField[];
  fees: readonly Fee[];
}): MyDossierView {
  return {
    ...input.summary,
    applicantName: input.applicantName,
    submittedAt: null,
    receivedAt: null,
    resolvedAt: null,
    returnedAt: null,
    steps: [],
    timeline: [],
    form: input.form,
    formFields: input.formFields,
    asked: null,
    documents: [],
    forms: [],
    result: null,
    fee: myFee(input.fees, { online: true }),
    actions: { edit: true, discard: true, supplement: false, withdraw: false },
  };
}
