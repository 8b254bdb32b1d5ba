import { apologyDeadline, dueMoment } from '../calendar/deadline.ts';
import { FORM_SETS, formOf } from '../forms/form-set.ts';
import type { PayloadOf, TransitionName } from './commands.ts';
import { checkCompleteness } from './completeness.ts';
import type { LifecycleContext, LifecycleFailure } from './context.ts';
import { failure, guardFailed, isBlank } from './outcome.ts';
import { formSetIdAt, type DossierState } from './dossier-state.ts';
import type { DossierEventPayloadOf } from './events.ts';
import { deadlineOf } from './timeliness.ts';

export type Decided<T extends TransitionName> = { ok: true; payload: DossierEventPayloadOf<T> } | LifecycleFailure;
type Decider<T extends TransitionName> = (
  state: DossierState,
  payload: PayloadOf<T>,
  ctx: LifecycleContext,
) => Decided<T>;

const pass = <T extends TransitionName>(payload: DossierEventPayloadOf<T>): Decided<T> => ({ ok: true, payload });
const pending = (state: DossierState) => state.consultations.filter((c) => c.answeredAt === null && !c.lapsed);

/** The guards of the transitions and what each decides beyond its payload (the state machine is in transitions.ts). */
const DECIDERS: { [T in TransitionName]: Decider<T> } = {
  submit_online: (_, p) => pass(p),
  // NĐ 61/2018 art. 15; NĐ 118/2025: a receipt only for a complete dossier, and the clock starts at it.
  receive: (state, p, { now, clock }) => {
    const completeness = checkCompleteness(state.procedure.checklist, p.ticks);
    if (!completeness.complete) return { ok: false, code: 'dossier.incomplete', missing: completeness.missing };
    const { timeLimit: limit, cutoffTime: cutoff, suspensionMode } = state.procedure;
    const dueAt = dueMoment(clock, { start: now, limit, cutoff, suspensionMode }) ?? now;
    return pass({ ...p, dueAt, formSet: formSetIdAt(now) });
  },
  // DESIGN §6: one supplement request lists every missing item at once (form 02).
  request_supplement_at_intake: (_, p) => (p.items.length === 0 ? guardFailed('dossier.items_required') : pass(p)),
  resubmit: (_, p) => pass(p),
  // Form 03: a refusal gives its reasons.
  reject_at_intake: (_, p) => (p.reasons.some((r) => !isBlank(r)) ? pass(p) : guardFailed('dossier.reasons_required')),
  start_appraisal: (_, p, { actor }) => pass({ assigneeId: p.assigneeId ?? actor.id }),
  request_supplement: (state, p) =>
    p.items.length === 0 ? guardFailed('dossier.items_required') : pass({ ...p, round: state.supplementRequests + 1 }),
  // DESIGN §5 "Suspension": the clock runs on (or restarts) from the complete supplement.
  record_supplement: (state, p, { now, clock }) => {
    const deadline = deadlineOf(state);
    if (!deadline) return guardFailed('dossier.not_received_yet');
    const pauses = state.pauses.map((pause) => (pause.end === null ? { ...pause, end: now } : pause));
    return pass({ ...p, dueAt: dueMoment(clock, { ...deadline, pauses }) ?? now });
  },
  // DESIGN §6 "Inter-agency": each consultation has its own deadline inside the lead's budget.
  open_consultation: (state, p, { now }) => {
    const busy = new Set(pending(state).map((c) => c.agencyId));
    for (const c of p.consultations) {
      if (c.agencyId === state.agencyId) return guardFailed('dossier.consultation_own_agency');
      if (busy.has(c.agencyId)) return guardFailed('dossier.consultation_duplicate');
      if (c.deadline <= now || (state.dueAt !== null && c.deadline > state.dueAt))
        return guardFailed('dossier.consultation_deadline_outside_budget');
      busy.add(c.agencyId);
    }
    const first = state.consultations.length + 1;
    return pass({
      consultations: p.consultations.map((c, i) => ({
        no: first + i,
        agencyId: c.agencyId,
        question: c.question,
        deadline: c.deadline,
      })),
    });
  },
  record_opinion: (state, p, { actor }) => {
    const consultation = state.consultations.find((c) => c.no === p.no);
    if (!consultation) return failure('dossier.consultation_not_found');
    if (consultation.agencyId !== actor.agencyId) return failure('auth.forbidden');
    if (consultation.answeredAt !== null || consultation.lapsed) return failure('dossier.consultation_answered');
    return pass(p);
  },
  // The lead consolidates when every agency answered or let its deadline pass.
  close_consultation: (state, p, { now }) => {
    const open = pending(state);
    if (open.some((c) => c.deadline > now)) return failure('dossier.consultations_pending');
    return pass({ ...p, lapsed: open.map((c) => c.no) });
  },
  // DESIGN §6 composite procedures: approval waits for every partner's result; a refusal does not.
  propose_approval: (_, p, { openChildren }) =>
    (openChildren ?? 0) > 0 && p.proposal === 'approve' ? guardFailed('dossier.children_open') : pass(p),
  send_back: (state, p) => pass({ ...p, assigneeId: state.appraiserId }),
  // The result is a document with its number (số, ký hiệu).
  approve: (_, p) => (isBlank(p.resultNumber) ? guardFailed('dossier.result_number_required') : pass(p)),
  // DESIGN §5: refused with reasons.
  refuse: (_, p) => (p.reasons.some((r) => !isBlank(r)) ? pass(p) : guardFailed('dossier.reasons_required')),
  // The result the approver attached, unless the one who hands it over gives another.
  prepare_result: (state, p) =>
    pass({ resultDocumentId: p.resultDocumentId ?? state.decision?.resultDocumentId ?? null }),
  return_result: (_, p) => pass(p),
  withdraw: (_, p) => (isBlank(p.reason) ? guardFailed('dossier.reasons_required') : pass(p)),
  // TT 03/2025/TT-VPCP form 05: only where the dossier's form set has a stop notice; reason and legal ground.
  stop: (state, p) => {
    const set = FORM_SETS.find((f) => f.id === state.formSet);
    if (!set || formOf(set, 'stop') === null) return guardFailed('dossier.stop_not_in_force');
    if (isBlank(p.reason)) return guardFailed('dossier.reasons_required');
    return isBlank(p.legalGround) ? guardFailed('dossier.legal_ground_required') : pass(p);
  },
  // NĐ 61/2018 art. 19; TT 01/2018 and TT 03/2025 form 04: the apology names a later date and is due
  // one working day before the due moment. A later one is still recorded (better late than never),
  // flagged `late`; the dossier still counts late against its due moment (DESIGN §5).
  apologise: (state, p, { now, clock }) => {
    if (state.dueAt === null) return guardFailed('dossier.apology_while_paused');
    if (p.newDueAt <= Math.max(state.dueAt, state.apology?.newDueAt ?? 0))
      return guardFailed('dossier.apology_date_not_later');
    return pass({ ...p, late: now > apologyDeadline(clock, state.dueAt), previousDueAt: state.dueAt });
  },
  reassign: (_, p) => (isBlank(p.assigneeId) ? guardFailed('dossier.assignee_required') : pass(p)),
  reissue_secret: (_, p) => pass(p),
};

/** Runs the guard of a transition whose state and actor have been checked (lifecycle.ts). */
export function decide<T extends TransitionName>(
  transition: T,
  state: DossierState,
  payload: PayloadOf<T>,
  ctx: LifecycleContext,
): Decided<T> {
  return (DECIDERS[transition] as Decider<T>)(state, payload, ctx);
}
