import { describe, expect, it } from 'vitest';
import type { Command } from './commands.ts';
import { applyTransition, openDossier } from './lifecycle.ts';
import {
  actors,
  at,
  clock,
  cmd,
  ctx,
  FIXTURES,
  makeSnapshot,
  PARTNER,
  run,
  type ActorKey,
  type FixtureName,
} from './testing.ts';

const NOW = '2025-07-09T08:00'; // the fixtures are due Thursday 2025-07-10 09:00
const apply = (fixture: FixtureName, actor: ActorKey, command: Command, now = NOW) => {
  const { state } = FIXTURES[fixture]();
  return applyTransition(state, command, ctx(actor, now));
};
const consult = (agencyId: string, deadline: string): Command => ({
  transition: 'open_consultation',
  payload: { consultations: [{ agencyId, question: 'Ý kiến?', deadline: at(deadline) }] },
});

describe('guards', () => {
  it.each([
    [
      'a supplement request without items',
      'in_appraisal',
      'appraiser',
      { transition: 'request_supplement', payload: { items: [], note: null } },
      'dossier.items_required',
    ],
    [
      'an intake supplement request without items',
      'submitted',
      'counter',
      { transition: 'request_supplement_at_intake', payload: { items: [], note: null } },
      'dossier.items_required',
    ],
    [
      'a rejection without reasons',
      'submitted',
      'counter',
      { transition: 'reject_at_intake', payload: { reasons: ['  '] } },
      'dossier.reasons_required',
    ],
    [
      'an approval without result number',
      'awaiting_approval',
      'approver',
      { transition: 'approve', payload: { resultNumber: ' ', note: null } },
      'dossier.result_number_required',
    ],
    [
      'a refusal without reasons',
      'awaiting_approval',
      'approver',
      { transition: 'refuse', payload: { reasons: [] } },
      'dossier.reasons_required',
    ],
    [
      'a stop without legal ground',
      'in_appraisal',
      'head',
      { transition: 'stop', payload: { reason: 'x', legalGround: '' } },
      'dossier.legal_ground_required',
    ],
    [
      'a stop without reason',
      'in_appraisal',
      'head',
      { transition: 'stop', payload: { reason: '', legalGround: 'NĐ 118/2025' } },
      'dossier.reasons_required',
    ],
    [
      'an apology while the clock stands still',
      'awaiting_supplement',
      'head',
      { transition: 'apologise', payload: { reason: 'x', newDueAt: at('2025-07-15T10:00') } },
      'dossier.apology_while_paused',
    ],
    [
      'an apology with a date not after the due moment',
      'in_appraisal',
      'head',
      { transition: 'apologise', payload: { reason: 'x', newDueAt: at('2025-07-10T09:00') } },
      'dossier.apology_date_not_later',
    ],
    [
      'consulting the lead agency itself',
      'in_appraisal',
      'appraiser',
      consult('agency-congan', '2025-07-10T08:00'),
      'dossier.consultation_own_agency',
    ],
    [
      'a consultation due after the dossier',
      'in_appraisal',
      'appraiser',
      consult(PARTNER, '2025-07-10T09:01'),
      'dossier.consultation_deadline_outside_budget',
    ],
    [
      'a consultation due in the past',
      'in_appraisal',
      'appraiser',
      consult(PARTNER, '2025-07-09T07:00'),
      'dossier.consultation_deadline_outside_budget',
    ],
    [
      'consulting an agency already consulted',
      'in_consultation',
      'appraiser',
      consult(PARTNER, '2025-07-10T08:00'),
      'dossier.consultation_duplicate',
    ],
    [
      'a reassignment to nobody',
      'in_appraisal',
      'head',
      { transition: 'reassign', payload: { assigneeId: ' ', note: null } },
      'dossier.assignee_required',
    ],
  ] as const)('refuses %s', (_, fixture, actor, command, reason) => {
    expect(apply(fixture, actor, command as Command)).toEqual({ ok: false, code: 'lifecycle.guard_failed', reason });
  });

  it('receives only a complete dossier, naming what is missing', () => {
    const ticks = [{ item: 0, provided: 1, form: 'photocopy' as const, conditionApplies: false }];
    const result = apply('submitted', 'counter', { transition: 'receive', payload: { ticks } });
    expect(result).toMatchObject({
      ok: false,
      code: 'dossier.incomplete',
      missing: [
        { item: 0, reason: 'wrong_form' },
        { item: 2, reason: 'absent' },
      ],
    });
  });

  it('stops only dossiers received under TT 03/2025', () => {
    const { state } = run({ actor: 'counter', at: '2025-06-30T08:00' }, [['counter', '2025-06-30T09:00', cmd.receive]]);
    expect(state.formSet).toBe('tt01-2018');
    const stop = { transition: 'stop', payload: { reason: 'x', legalGround: 'y' } } as const;
    expect(applyTransition(state, stop, ctx('head', '2025-07-02T08:00'))).toEqual({
      ok: false,
      code: 'lifecycle.guard_failed',
      reason: 'dossier.stop_not_in_force',
    });
  });

  it('takes each opinion once, from the consulted agency, by its number', () => {
    const { state } = FIXTURES.in_consultation();
    const reply = (no: number) =>
      ({ transition: 'record_opinion', payload: { no, opinion: 'Đồng ý', agrees: true } }) as const;
    expect(applyTransition(state, reply(9), ctx('partner', NOW))).toEqual({
      ok: false,
      code: 'dossier.consultation_not_found',
    });
    const answered = applyTransition(state, reply(1), ctx('partner', NOW));
    if (!answered.ok) throw new Error('refused');
    expect(answered.next.status).toBe('in_consultation');
    expect(answered.next.consultations[0]).toMatchObject({
      opinion: 'Đồng ý',
      agrees: true,
      answeredAt: at(NOW),
      answeredBy: 'u-partner',
    });
    expect(applyTransition(answered.next, reply(1), ctx('partnerHead', NOW))).toEqual({
      ok: false,
      code: 'dossier.consultation_answered',
    });
  });

  it('closes a consultation once every agency answered or let its deadline pass', () => {
    const { state } = FIXTURES.in_consultation(); // the partner is due 2025-07-08 17:00
    const close = { transition: 'close_consultation', payload: { note: null } } as const;
    expect(applyTransition(state, close, ctx('appraiser', '2025-07-08T16:59'))).toEqual({
      ok: false,
      code: 'dossier.consultations_pending',
    });
    const closed = applyTransition(state, close, ctx('appraiser', '2025-07-08T17:01'));
    expect(closed).toMatchObject({
      ok: true,
      event: { payload: { lapsed: [1] } },
      next: { status: 'in_appraisal', consultations: [{ lapsed: true }] },
    });
  });

  it('refuses a stale version and a command dated before the last change', () => {
    const { state } = FIXTURES.received();
    expect(
      applyTransition(state, cmd.startAppraisal, { ...ctx('appraiser', NOW), expectedVersion: state.version - 1 }),
    ).toEqual({ ok: false, code: 'dossier.version_conflict' });
    expect(
      applyTransition(state, cmd.startAppraisal, { ...ctx('appraiser', NOW), expectedVersion: state.version }),
    ).toMatchObject({ ok: true });
    expect(applyTransition(state, cmd.startAppraisal, ctx('appraiser', '2025-07-07T08:30'))).toEqual({
      ok: false,
      code: 'lifecycle.time_reversed',
    });
  });
});

describe('online dossiers and their owner', () => {
  it('are drafted and sent by their owner only', () => {
    const { state } = FIXTURES.draft();
    expect(state).toMatchObject({ status: 'draft', ownerId: 'u-owner', submittedAt: null, channel: 'online' });
    expect(applyTransition(state, cmd.submit, ctx('stranger', NOW))).toEqual({ ok: false, code: 'auth.forbidden' });
    expect(applyTransition(state, cmd.submit, ctx('counter', NOW))).toEqual({ ok: false, code: 'auth.forbidden' });
    expect(applyTransition(state, cmd.submit, ctx('owner', NOW))).toMatchObject({
      ok: true,
      next: { status: 'submitted', submittedAt: at(NOW) },
    });
  });

  it('let the owner resubmit, supplement and withdraw, but not act for the agency', () => {
    const open = { actor: 'owner', at: '2025-07-07T08:00' } as const;
    const sent = run(open, [
      ['owner', '2025-07-07T08:10', cmd.submit],
      ['counter', '2025-07-07T09:00', cmd.supplementAtIntake],
    ]);
    expect(
      applyTransition(sent.state, { transition: 'resubmit', payload: { note: null } }, ctx('owner', NOW)),
    ).toMatchObject({ ok: true, next: { status: 'submitted' } });
    const waiting = run(open, [
      ['owner', '2025-07-07T08:10', cmd.submit],
      ['counter', '2025-07-07T09:00', cmd.receive],
      ['appraiser', '2025-07-07T10:00', cmd.startAppraisal],
      ['appraiser', '2025-07-07T11:00', cmd.supplement],
    ]);
    expect(applyTransition(waiting.state, cmd.recordSupplement, ctx('owner', NOW))).toMatchObject({
      ok: true,
      next: { status: 'in_appraisal' },
    });
    expect(
      applyTransition(
        waiting.state,
        { transition: 'withdraw', payload: { reason: 'Không có nhu cầu' } },
        ctx('owner', NOW),
      ),
    ).toMatchObject({ ok: true, next: { status: 'withdrawn' } });
    expect(applyTransition(waiting.state, cmd.recordSupplement, ctx('stranger', NOW))).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
  });

  it('are opened online by citizens only, for procedures offered online', () => {
    const input = { agencyId: 'agency-congan', channel: 'online' as const, procedure: makeSnapshot() };
    expect(openDossier(input, { now: at(NOW), actor: actors.counter })).toEqual({
      ok: false,
      code: 'lifecycle.guard_failed',
      reason: 'dossier.online_channel_for_applicant',
    });
    const offline = { ...input, procedure: makeSnapshot({ onlineLevel: 'none' }) };
    expect(openDossier(offline, { now: at(NOW), actor: actors.owner })).toEqual({
      ok: false,
      code: 'lifecycle.guard_failed',
      reason: 'dossier.procedure_not_online',
    });
    expect(openDossier({ ...input, channel: 'direct' }, { now: at(NOW), actor: actors.partner })).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
    expect(openDossier({ ...input, channel: 'post' }, { now: at(NOW), actor: actors.counter })).toMatchObject({
      ok: true,
      next: { status: 'submitted', submittedAt: at(NOW) },
    });
  });
});
