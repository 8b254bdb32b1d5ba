import { describe, expect, it } from 'vitest';
import type { Command, TransitionName } from './commands.ts';
import type { DossierState } from './dossier-state.ts';
import { applyTransition } from './lifecycle.ts';
import { actors, at, clock, cmd, FIXTURES, PARTNER, type ActorKey, type FixtureName } from './testing.ts';
import { TRANSITIONS } from './transitions.ts';

const NOW = '2025-07-09T08:00'; // after every fixture; the fixtures' dossiers are due Thursday 2025-07-10 09:00

/** A valid payload for each transition on the fixtures (officer transitions; submit_online and opinions apart). */
function commandFor(transition: TransitionName, state: DossierState): Command {
  const payloads: Partial<Record<TransitionName, unknown>> = {
    ...Object.fromEntries(Object.values(cmd).map((c) => [c.transition, c.payload])),
    resubmit: { note: null },
    reject_at_intake: { reasons: ['Không thuộc thẩm quyền'] },
    request_supplement: cmd.supplement.payload,
    open_consultation: {
      consultations: [{ agencyId: 'agency-third', question: 'Ý kiến?', deadline: at('2025-07-10T08:00') }],
    },
    record_opinion: { no: state.consultations[0]?.no ?? 1, opinion: 'Đồng ý', agrees: true },
    close_consultation: { note: null },
    send_back: { reason: 'Thẩm định lại' },
    withdraw: { reason: 'Công dân xin rút' },
    stop: { reason: 'Không bổ sung', legalGround: 'NĐ 118/2025' },
    apologise: { reason: 'Chờ xác minh', newDueAt: at('2025-07-11T17:00') },
    reassign: { assigneeId: 'u-appraiser-2', note: null },
    reissue_secret: {},
  };
  return { transition, payload: payloads[transition] } as Command;
}

const fixtures = Object.keys(FIXTURES) as FixtureName[];

/** Where each transition may be taken (DESIGN §6), written out independently of the table. */
const ALLOWED: Record<Exclude<TransitionName, 'submit_online' | 'record_opinion'>, FixtureName[]> = {
  receive: ['submitted'],
  request_supplement_at_intake: ['submitted'],
  resubmit: ['awaiting_supplement_at_intake'],
  reject_at_intake: ['submitted', 'awaiting_supplement_at_intake'],
  start_appraisal: ['received'],
  request_supplement: ['in_appraisal'],
  record_supplement: ['awaiting_supplement'],
  open_consultation: ['in_appraisal', 'in_consultation'],
  close_consultation: ['in_consultation'],
  propose_approval: ['in_appraisal'],
  send_back: ['awaiting_approval'],
  approve: ['awaiting_approval'],
  refuse: ['awaiting_approval'],
  prepare_result: ['approved', 'refused'],
  return_result: ['result_ready'],
  withdraw: [
    'draft',
    'submitted',
    'awaiting_supplement_at_intake',
    'received',
    'in_appraisal',
    'awaiting_supplement',
    'in_consultation',
    'awaiting_approval',
  ],
  stop: ['received', 'in_appraisal', 'awaiting_supplement', 'in_consultation', 'awaiting_approval'],
  apologise: [
    'received',
    'in_appraisal',
    'awaiting_supplement',
    'in_consultation',
    'awaiting_approval',
    'approved',
    'refused',
  ],
  reassign: [
    'received',
    'in_appraisal',
    'awaiting_supplement',
    'in_consultation',
    'awaiting_approval',
    'approved',
    'refused',
    'result_ready',
  ],
  // Any time after reception, the result returned included (DESIGN §6: the secret rates a returned dossier).
  reissue_secret: [
    'received',
    'in_appraisal',
    'awaiting_supplement',
    'in_consultation',
    'awaiting_approval',
    'approved',
    'refused',
    'result_ready',
    'returned',
    'withdrawn',
    'stopped',
  ],
};
/** Allowed in the state, refused by the guard. */
const GUARDED: Partial<Record<string, string>> = { 'apologise:awaiting_supplement': 'lifecycle.guard_failed' };

describe('the state machine (DESIGN §6): from-states', () => {
  const cases = Object.entries(ALLOWED).flatMap(([t, allowed]) =>
    fixtures.map((f) => [t as TransitionName, f, allowed.includes(f)] as const),
  );
  it.each(cases)('%s from %s: allowed %s', (transition, fixture, allowed) => {
    const { state } = FIXTURES[fixture]();
    const result = applyTransition(state, commandFor(transition, state), { now: at(NOW), actor: actors.head, clock });
    const guarded = GUARDED[`${transition}:${fixture}`];
    if (!allowed)
      expect(result).toEqual({ ok: false, code: 'lifecycle.transition_not_allowed', status: state.status, transition });
    else if (guarded) expect(result).toMatchObject({ ok: false, code: guarded });
    else expect(result).toMatchObject({ ok: true, event: { type: transition, fromStatus: state.status } });
  });

  it('lists in the table exactly the states written out here', () => {
    for (const [t, allowed] of Object.entries(ALLOWED)) {
      const statuses = new Set(allowed.map((f) => FIXTURES[f]().state.status));
      expect(new Set(TRANSITIONS[t as TransitionName].from), t).toEqual(statuses);
    }
  });
});

/** Who may act (DESIGN §1): the agency head for any absent officer; nobody from elsewhere. */
const PERMITTED: Record<Exclude<TransitionName, 'submit_online'>, [FixtureName, ActorKey[]]> = {
  receive: ['submitted', ['counter', 'head']],
  request_supplement_at_intake: ['submitted', ['counter', 'head']],
  resubmit: ['awaiting_supplement_at_intake', ['counter', 'head']],
  reject_at_intake: ['submitted', ['counter', 'head']],
  start_appraisal: ['received', ['appraiser', 'head']],
  request_supplement: ['in_appraisal', ['appraiser', 'head']],
  record_supplement: ['awaiting_supplement', ['counter', 'appraiser', 'head']],
  open_consultation: ['in_appraisal', ['appraiser', 'head']],
  record_opinion: ['in_consultation', ['partner', 'partnerHead']],
  close_consultation: ['in_consultation', ['appraiser', 'head']],
  propose_approval: ['in_appraisal', ['appraiser', 'head']],
  send_back: ['awaiting_approval', ['approver', 'head']],
  approve: ['awaiting_approval', ['approver', 'head']],
  refuse: ['awaiting_approval', ['approver', 'head']],
  prepare_result: ['approved', ['counter', 'appraiser', 'approver', 'head']],
  return_result: ['result_ready', ['counter', 'head']],
  withdraw: ['received', ['counter', 'head']],
  stop: ['in_appraisal', ['approver', 'head']],
  apologise: ['in_appraisal', ['appraiser', 'approver', 'head']],
  reassign: ['in_appraisal', ['head']],
  reissue_secret: ['returned', ['counter', 'head']],
};

describe('the state machine: roles and scope', () => {
  const cases = Object.entries(PERMITTED).flatMap(([t, [fixture, permitted]]) =>
    (Object.keys(actors) as ActorKey[]).map((a) => [t as TransitionName, a, fixture, permitted.includes(a)] as const),
  );
  it.each(cases)('%s by %s on %s: permitted %s', (transition, actor, fixture, permitted) => {
    const { state } = FIXTURES[fixture]();
    const result = applyTransition(state, commandFor(transition, state), { now: at(NOW), actor: actors[actor], clock });
    if (permitted) expect(result).not.toMatchObject({ code: 'auth.forbidden' });
    else expect(result).toEqual({ ok: false, code: 'auth.forbidden' });
  });

  it('lets an officer holding several roles act under any of them', () => {
    const { state } = FIXTURES.awaiting_approval();
    const both = { id: 'u-both', roles: ['appraiser', 'approver'] as const, agencyId: actors.head.agencyId };
    expect(applyTransition(state, cmd.approve, { now: at(NOW), actor: both, clock })).toMatchObject({ ok: true });
  });

  it('gives the consulted agency only its own consultation', () => {
    const { state } = FIXTURES.in_consultation();
    const other = {
      ...state,
      consultations: [...state.consultations, { ...state.consultations[0]!, no: 2, agencyId: 'agency-third' }],
    };
    const reply = { transition: 'record_opinion', payload: { no: 2, opinion: 'Đồng ý', agrees: true } } as const;
    expect(applyTransition(other, reply, { now: at(NOW), actor: actors.partner, clock })).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
    expect(other.consultations[0]?.agencyId).toBe(PARTNER);
  });
});
