import type { DossierView, ResultDelivery, TransitionName } from '@motcua/core';
import type { TransitionInput } from '../../api/dossiers.ts';
import { vietnamInstant } from '../../components/datetime-local.ts';
import { ticksOf, type TickValues } from '../../components/dossier/checklist-ticks.ts';

type Text = string | undefined;

/** Every field a transition's form may have; each form uses a few (PAYLOADS of core's commands.ts). */
export type TransitionValues = {
  /** The dossier's checklist for form 02: each item the officer ticks, with what is needed. */
  checklistItems?: { name: string; picked?: boolean; reason?: Text }[];
  /** Form 02's other items, typed freely. */
  items?: { name?: Text; reason?: Text }[];
  reasons?: Text[];
  note?: Text;
  reason?: Text;
  proposal?: 'approve' | 'refuse';
  summary?: Text;
  resultNumber?: Text;
  /** The signed result uploaded at approval (`POST /documents`), if any. */
  resultDocumentId?: Text;
  delivery?: ResultDelivery;
  recipient?: Text;
  legalGround?: Text;
  /** `YYYY-MM-DDTHH:mm` as typed, in Vietnam's time. */
  newDueAt?: Text;
  /** Officers picked by id (`GET /officers`). */
  assigneeId?: Text;
  approverId?: Text;
  consultations?: { agencyId?: Text; question?: Text; deadline?: Text }[];
  no?: number;
  opinion?: Text;
  agrees?: boolean;
  ticks?: TickValues[];
};

const text = (value: Text) => value?.trim() ?? '';
const optional = (value: Text) => text(value) || null;

/**
 * What a form starts with: form 02 with the dossier's checklist to tick (one empty free row when it has none),
 * one empty row where another list is needed, the dossier's own delivery, the first open consultation.
 */
export function initialValues(name: TransitionName, dossier: DossierView): TransitionValues {
  switch (name) {
    case 'request_supplement':
    case 'request_supplement_at_intake':
      return dossier.checklist.length > 0
        ? { checklistItems: dossier.checklist.map((item) => ({ name: item, picked: false, reason: '' })), items: [] }
        : { items: [{ name: '', reason: '' }] };
    case 'reject_at_intake':
    case 'refuse':
      return { reasons: [''] };
    case 'propose_approval':
      return { proposal: 'approve' };
    case 'return_result':
      return { delivery: dossier.resultDelivery };
    case 'open_consultation':
      return { consultations: [{}] };
    case 'record_opinion':
      return { no: dossier.consultations.find((c) => c.answerable)?.no, agrees: true };
    default:
      return {};
  }
}

/**
 * Form 02's items (NĐ 61/2018 art. 15: one request lists them all): the checklist items ticked, named as the
 * procedure names them, then the others typed; a free row left wholly blank is no item.
 */
export function supplementItems(v: TransitionValues): { name: string; reason: string }[] {
  const picked = (v.checklistItems ?? [])
    .filter((c) => c.picked)
    .map((c) => ({ name: c.name, reason: text(c.reason) }));
  const typed = (v.items ?? [])
    .map((i) => ({ name: text(i.name), reason: text(i.reason) }))
    .filter((i) => i.name !== '' || i.reason !== '');
  return [...picked, ...typed];
}

/** The transition request for what the form holds, on the version of the dossier the officer saw. */
export function toTransitionRequest(name: TransitionName, v: TransitionValues, version: number): TransitionInput {
  const command = (): Omit<TransitionInput, 'version'> => {
    switch (name) {
      case 'submit_online':
        return { transition: name, payload: {} };
      case 'receive':
        return { transition: name, payload: { ticks: ticksOf(v.ticks) } };
      case 'request_supplement_at_intake':
      case 'request_supplement':
        return {
          transition: name,
          payload: { items: supplementItems(v), note: optional(v.note) },
        };
      case 'resubmit':
      case 'close_consultation':
        return { transition: name, payload: { note: optional(v.note) } };
      case 'record_supplement':
        return { transition: name, payload: { documentIds: [], note: optional(v.note) } };
      case 'reject_at_intake':
      case 'refuse':
        return { transition: name, payload: { reasons: (v.reasons ?? []).map(text).filter((r) => r !== '') } };
      case 'start_appraisal':
        return { transition: name, payload: { assigneeId: optional(v.assigneeId) } };
      case 'open_consultation':
        return {
          transition: name,
          payload: {
            consultations: (v.consultations ?? []).map((c) => ({
              agencyId: text(c.agencyId),
              question: text(c.question),
              deadline: vietnamInstant(c.deadline),
            })),
          },
        };
      case 'record_opinion':
        return { transition: name, payload: { no: v.no ?? 0, opinion: text(v.opinion), agrees: v.agrees ?? true } };
      case 'propose_approval':
        return {
          transition: name,
          payload: { proposal: v.proposal ?? 'approve', summary: text(v.summary), approverId: optional(v.approverId) },
        };
      case 'send_back':
      case 'withdraw':
        return { transition: name, payload: { reason: text(v.reason) } };
      case 'approve':
        return {
          transition: name,
          payload: {
            resultNumber: text(v.resultNumber),
            note: optional(v.note),
            resultDocumentId: optional(v.resultDocumentId),
          },
        };
      case 'prepare_result':
        return { transition: name, payload: { resultDocumentId: null } };
      case 'return_result':
        return {
          transition: name,
          payload: { delivery: v.delivery ?? 'counter', recipient: optional(v.recipient), note: optional(v.note) },
        };
      case 'stop':
        return { transition: name, payload: { reason: text(v.reason), legalGround: text(v.legalGround) } };
      case 'apologise':
        return { transition: name, payload: { reason: text(v.reason), newDueAt: vietnamInstant(v.newDueAt) } };
      case 'reassign':
        return { transition: name, payload: { assigneeId: text(v.assigneeId), note: optional(v.note) } };
      case 'reissue_secret':
        return { transition: name, payload: {} };
    }
  };
  return { version, ...command() } as TransitionInput;
}

/** Transitions that end or refuse something: their button is red. */
export const DANGEROUS: ReadonlySet<TransitionName> = new Set(['reject_at_intake', 'refuse', 'withdraw', 'stop']);
/** Transitions that move the dossier on along its usual path: their button is the primary one. */
export const FORWARD: ReadonlySet<TransitionName> = new Set([
  'receive',
  'resubmit',
  'start_appraisal',
  'record_supplement',
  'close_consultation',
  'propose_approval',
  'approve',
  'prepare_result',
  'return_result',
]);
