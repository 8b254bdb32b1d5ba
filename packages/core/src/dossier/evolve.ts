import type { PauseReason } from '../calendar/deadline.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { DossierState } from './dossier-state.ts';
import type { DossierEventDraft, DossierEventPayloadOf, DossierEventType } from './events.ts';
import { stepIndexFor } from './status.ts';

type Evolver<T extends DossierEventType> = (
  state: DossierState,
  payload: DossierEventPayloadOf<T>,
  at: Instant,
  actorId: string,
) => DossierState;

/** Ends the pause still open (awaiting a supplement) at `at`. */
const closePause = (state: DossierState, at: Instant): DossierState['pauses'] =>
  state.pauses.map((p) => (p.end === null ? { ...p, end: at } : p));
const APPRAISAL = ['in_appraisal', 'awaiting_supplement', 'in_consultation'];

/**
 * What each event changes beyond status, version and step (`evolve`). No rule is judged here and no
 * clock is read: an event holds what was decided, so that replaying events gives back the state.
 */
const EVOLVERS: { [T in Exclude<DossierEventType, 'open'>]: Evolver<T> } = {
  submit_online: (s, _, at) => ({ ...s, submittedAt: at }),
  receive: (s, p, at) => ({ ...s, receivedAt: at, dueAt: p.dueAt, formSet: p.formSet }),
  request_supplement_at_intake: (s) => s,
  resubmit: (s) => s,
  reject_at_intake: (s) => ({ ...s, assigneeId: null }),
  start_appraisal: (s, p) => ({ ...s, assigneeId: p.assigneeId, appraiserId: p.assigneeId }),
  // DESIGN §5 "Suspension": the clock stops; every pause is kept.
  request_supplement: (s, p, at) => ({
    ...s,
    pauses: [...s.pauses, { start: at, end: null, reason: 'supplement' satisfies PauseReason }],
    dueAt: null,
    supplementRequests: p.round,
  }),
  record_supplement: (s, p, at) => ({ ...s, pauses: closePause(s, at), dueAt: p.dueAt }),
  open_consultation: (s, p, at) => ({
    ...s,
    consultations: [
      ...s.consultations,
      ...p.consultations.map((c) => ({
        ...c,
        openedAt: at,
        opinion: null,
        agrees: null,
        answeredAt: null,
        answeredBy: null,
        lapsed: false,
      })),
    ],
  }),
  record_opinion: (s, p, at, actorId) => ({
    ...s,
    consultations: s.consultations.map((c) =>
      c.no === p.no ? { ...c, opinion: p.opinion, agrees: p.agrees, answeredAt: at, answeredBy: actorId } : c,
    ),
  }),
  close_consultation: (s, p) => ({
    ...s,
    consultations: s.consultations.map((c) => (p.lapsed.includes(c.no) ? { ...c, lapsed: true } : c)),
  }),
  propose_approval: (s, p) => ({ ...s, assigneeId: p.approverId }),
  send_back: (s, p) => ({ ...s, assigneeId: p.assigneeId }),
  approve: (s, p, at) => ({
    ...s,
    assigneeId: null,
    decision: {
      outcome: 'approved',
      at,
      resultNumber: p.resultNumber,
      reasons: [],
      resultDocumentId: p.resultDocumentId ?? null,
    },
  }),
  refuse: (s, p, at) => ({
    ...s,
    assigneeId: null,
    decision: { outcome: 'refused', at, resultNumber: null, reasons: p.reasons, resultDocumentId: null },
  }),
  // DESIGN §5 "Resolution": resolved when the result (approval or refusal) is ready for return.
  prepare_result: (s, _, at) => ({ ...s, assigneeId: null, resolution: { at, kind: 'decided' } }),
  return_result: (s, _, at) => ({ ...s, returnedAt: at }),
  // Resolved when withdrawn or stopped, if it was ever received (a dossier never received is never counted).
  withdraw: (s, _, at) => ({
    ...s,
    assigneeId: null,
    pauses: closePause(s, at),
    resolution: s.receivedAt === null ? null : { at, kind: 'withdrawn' },
  }),
  stop: (s, _, at) => ({ ...s, assigneeId: null, pauses: closePause(s, at), resolution: { at, kind: 'stopped' } }),
  apologise: (s, p, at) => ({ ...s, apology: { at, newDueAt: p.newDueAt, reason: p.reason, late: p.late } }),
  reassign: (s, p) => ({
    ...s,
    assigneeId: p.assigneeId,
    appraiserId: APPRAISAL.includes(s.status) ? p.assigneeId : s.appraiserId,
  }),
  // Only the secret's hash changes, in the dossier's row: nothing of the state.
  reissue_secret: (s) => s,
};

function opened(event: Extract<DossierEventDraft, { type: 'open' }>): DossierState {
  const { agencyId, ownerId, receivedCenterId, channel, procedure, formSet } = event.payload;
  return {
    status: event.toStatus,
    version: event.version,
    agencyId,
    ownerId,
    ...(receivedCenterId === undefined ? {} : { receivedCenterId }),
    channel,
    procedure,
    formSet,
    openedAt: event.at,
    updatedAt: event.at,
    submittedAt: event.toStatus === 'draft' ? null : event.at,
    receivedAt: null,
    pauses: [],
    dueAt: null,
    stepIndex: stepIndexFor(procedure.steps, event.toStatus, 0),
    assigneeId: null,
    appraiserId: null,
    supplementRequests: 0,
    consultations: [],
    apology: null,
    decision: null,
    resolution: null,
    returnedAt: null,
  };
}

/** The state after an event; `state` is ignored for the `open` event, which creates it. */
export function evolve(state: DossierState | null, event: DossierEventDraft): DossierState {
  if (event.type === 'open') return opened(event);
  if (state === null) throw new TypeError(`a dossier's first event is 'open', not '${event.type}'`);
  const evolver = EVOLVERS[event.type] as Evolver<typeof event.type>;
  const next = evolver(state, event.payload as never, event.at, event.actorId);
  const moved = event.toStatus !== state.status;
  // Before reception (a supplement asked at intake, then resubmitted) the dossier is still at the counter's intake
  // step: awaiting a supplement there is not the appraisal's (DESIGN §6), and must not skip the steps ahead.
  const intake = next.receivedAt === null && event.toStatus !== 'draft';
  const steps = state.procedure.steps;
  const stepIndex = !moved
    ? state.stepIndex
    : intake
      ? stepIndexFor(steps, 'submitted', 0)
      : stepIndexFor(steps, event.toStatus, state.stepIndex);
  return { ...next, status: event.toStatus, version: event.version, updatedAt: event.at, stepIndex };
}

/** The state rebuilt from a dossier's events in order (the first is `open`); null for none. */
export function replay(events: readonly DossierEventDraft[]): DossierState | null {
  return events.reduce<DossierState | null>((state, event) => evolve(state, event), null);
}
