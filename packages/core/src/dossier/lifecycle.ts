import type { Role } from '../auth/role.ts';
import type { Instant } from '../calendar/local-date.ts';
import { awaitsAnswer } from '../consultation/consultation-timeliness.ts';
import type { Command, TransitionName } from './commands.ts';
import type { Actor, LifecycleContext, LifecycleFailure } from './context.ts';
import { failure, guardFailed } from './outcome.ts';
import { decide } from './decide.ts';
import { formSetIdAt, type DossierChannel, type DossierState, type ProcedureSnapshot } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { evolve } from './evolve.ts';
import { TRANSITIONS, type TransitionRule } from './transitions.ts';

export type TransitionApplied = { ok: true; next: DossierState; event: DossierEventDraft };

function inPhase(rule: TransitionRule, state: DossierState): boolean {
  if (!rule.from.includes(state.status)) return false;
  if (rule.phase === 'received') return state.receivedAt !== null;
  if (rule.phase === 'not_received') return state.receivedAt === null;
  return true;
}

/**
 * DESIGN §13: a branch's counter officer (no agency) receives any procedure of the province at their branch, and
 * does the counter's part (reception, return) of what the branch received, whichever agency works on it.
 */
const atReceivingBranch = (actor: Actor, receivedCenterId: string | undefined): boolean =>
  actor.agencyId === null && actor.branchId != null && actor.branchId === receivedCenterId;

/**
 * Whether one of the actor's roles may take the transition on this dossier (DESIGN §1): a citizen on
 * their own dossier, an officer on their agency's, and for an opinion the agency consulted.
 */
function permits(rule: TransitionRule, transition: TransitionName, state: DossierState, actor: Actor): boolean {
  const roles: readonly Role[] = rule.roles;
  return actor.roles.some((role) => {
    if (!roles.includes(role)) return false;
    if (role === 'citizen') return state.ownerId !== null && state.ownerId === actor.id;
    if (actor.agencyId === null) return role === 'counter' && atReceivingBranch(actor, state.receivedCenterId);
    if (transition === 'record_opinion') return state.consultations.some((c) => c.agencyId === actor.agencyId);
    return actor.agencyId === state.agencyId;
  });
}

/**
 * The one way a dossier changes (DESIGN §6): checks version, actor, state and the transition's guard,
 * and gives the next state with the event to append. Version +1 per applied transition, including
 * those that leave the status as it is (`apologise`, `reassign`, `record_opinion`).
 */
export function applyTransition(
  state: DossierState,
  command: Command,
  ctx: LifecycleContext,
): TransitionApplied | LifecycleFailure {
  const { transition } = command;
  const rule: TransitionRule = TRANSITIONS[transition];
  if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== state.version)
    return failure('dossier.version_conflict');
  if (!permits(rule, transition, state, ctx.actor)) return failure('auth.forbidden');
  if (!inPhase(rule, state))
    return { ok: false, code: 'lifecycle.transition_not_allowed', status: state.status, transition };
  if (ctx.now < state.updatedAt) return failure('lifecycle.time_reversed');
  const decided = decide(transition, state, command.payload, ctx);
  if (!decided.ok) return decided;
  const event = {
    type: transition,
    fromStatus: state.status,
    toStatus: rule.to ?? state.status,
    at: ctx.now,
    actorId: ctx.actor.id,
    version: state.version + 1,
    payload: decided.payload,
  } as DossierEventDraft;
  return { ok: true, next: evolve(state, event), event };
}

/**
 * What a button cannot succeed at, read from the state alone (the payload's guards stay in decide.ts):
 * an opinion only from an agency still asked; consolidation only when nothing awaited is still within its
 * deadline (decide.ts `close_consultation`; with `now` unknown it is offered).
 */
function offered(t: TransitionName, state: DossierState, actor: Actor, now: Instant | undefined): boolean {
  const awaited = state.consultations.filter(awaitsAnswer);
  if (t === 'record_opinion') return awaited.some((c) => c.agencyId === actor.agencyId);
  if (t === 'close_consultation') return now === undefined || awaited.every((c) => c.deadline <= now);
  return true;
}

/** The transitions this actor may take on the dossier at `now` (the buttons a screen shows); payload guards aside. */
export function availableTransitions(state: DossierState, actor: Actor, now?: Instant): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter(
    (t) => inPhase(TRANSITIONS[t], state) && permits(TRANSITIONS[t], t, state, actor) && offered(t, state, actor, now),
  );
}

export type OpenDossierInput = {
  agencyId: string;
  channel: DossierChannel;
  procedure: ProcedureSnapshot;
  /** The receiving center (DESIGN §13), recorded in the open event. */
  receivedCenterId?: string;
};

/** Who may record a dossier at the counter: the agency's counter or head, or the receiving branch's counter. */
const mayRecord = (actor: Actor, input: OpenDossierInput): boolean =>
  actor.agencyId === input.agencyId
    ? actor.roles.some((r) => r === 'counter' || r === 'agency_head')
    : actor.roles.includes('counter') && atReceivingBranch(actor, input.receivedCenterId);

/**
 * Records a new dossier: online, a citizen's draft that they own (`submit_online` sends it); at the
 * counter or by post, recorded by the receiving agency's counter as `submitted`, awaiting its check.
 */
export function openDossier(
  input: OpenDossierInput,
  ctx: Omit<LifecycleContext, 'clock' | 'expectedVersion'>,
): TransitionApplied | LifecycleFailure {
  const { actor, now } = ctx;
  const online = input.channel === 'online';
  if (online) {
    if (!actor.roles.includes('citizen')) return guardFailed('dossier.online_channel_for_applicant');
    if (input.procedure.onlineLevel === 'none') return guardFailed('dossier.procedure_not_online');
  } else if (!mayRecord(actor, input)) {
    return failure('auth.forbidden');
  }
  const event: DossierEventDraft = {
    type: 'open',
    fromStatus: null,
    toStatus: online ? 'draft' : 'submitted',
    at: now,
    actorId: actor.id,
    version: 1,
    payload: {
      agencyId: input.agencyId,
      ownerId: online ? actor.id : null,
      ...(input.receivedCenterId === undefined ? {} : { receivedCenterId: input.receivedCenterId }),
      channel: input.channel,
      procedure: input.procedure,
      formSet: formSetIdAt(now),
    },
  };
  return { ok: true, next: evolve(null, event), event };
}
