import { describe, expect, it } from 'vitest';
import { local } from '../calendar/testing.ts';
import { ChecklistTicks, checkCompleteness, supplementReasonText, type ChecklistTick } from './completeness.ts';
import { intakeAtCounter, submitOnline } from './intake.ts';
import { applyTransition } from './lifecycle.ts';
import { actors, AGENCY, at, clock, cmd, COMPLETE_TICKS, makeSnapshot } from './testing.ts';

const checklist = makeSnapshot().checklist; // 0: form, original ×1; 1: birth certificate, certified copy, if under 14; 2: photos, original ×2
const tick = (item: number, provided: number, extra: Partial<ChecklistTick> = {}): ChecklistTick => ({
  item,
  provided,
  form: null,
  conditionApplies: false,
  ...extra,
});

describe('completeness check at reception (DESIGN §6)', () => {
  it.each([
    ['everything required', [tick(0, 1), tick(2, 2)], []],
    ['more copies than asked', [tick(0, 2), tick(2, 3)], []],
    [
      'nothing',
      [],
      [
        [0, 'absent'],
        [2, 'absent'],
      ],
    ],
    ['a ticked item with no copy', [tick(0, 0), tick(2, 2)], [[0, 'absent']]],
    ['one photo of two', [tick(0, 1), tick(2, 1)], [[2, 'too_few']]],
    ['a photocopy for an original', [tick(0, 1, { form: 'photocopy' }), tick(2, 2)], [[0, 'wrong_form']]],
    ['a certified copy for an original', [tick(0, 1, { form: 'certified_copy' }), tick(2, 2)], [[0, 'wrong_form']]],
    [
      'a conditional item whose condition applies, missing',
      [tick(0, 1), tick(1, 0, { conditionApplies: true }), tick(2, 2)],
      [[1, 'absent']],
    ],
    ['a conditional item that does not apply', [tick(0, 1), tick(1, 0), tick(2, 2)], []],
    [
      'an original for a certified copy',
      [tick(0, 1), tick(1, 1, { conditionApplies: true, form: 'original' }), tick(2, 2)],
      [],
    ],
    [
      'a photocopy for a certified copy',
      [tick(0, 1), tick(1, 1, { conditionApplies: true, form: 'photocopy' }), tick(2, 2)],
      [[1, 'wrong_form']],
    ],
    ['a tick of an item not on the list', [tick(0, 1), tick(2, 2), tick(9, 1)], []],
  ] as const)('%s', (_, ticks, missing) => {
    const result = checkCompleteness(checklist, ticks);
    if (missing.length === 0) expect(result).toEqual({ complete: true });
    else expect(result.complete ? [] : result.missing.map((m) => [m.item, m.reason])).toEqual(missing);
  });

  it('lists each missing item with what was asked and brought, for form 02', () => {
    const result = checkCompleteness(checklist, [tick(0, 1), tick(2, 1)]);
    expect(result).toEqual({
      complete: false,
      missing: [{ item: 2, name: 'Ảnh 4x6', form: 'original', count: 2, provided: 1, reason: 'too_few' }],
    });
    if (!result.complete) expect(result.missing.map(supplementReasonText)).toEqual(['Nộp 1, cần 2 bản chính']);
  });

  it('refuses an item ticked twice', () => {
    const result = ChecklistTicks.safeParse([tick(0, 1), tick(0, 1)]);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['1.item', 'dossier.tick_duplicate'],
    ]);
  });
});

describe('intake at the counter', () => {
  const input = { agencyId: AGENCY, channel: 'direct' as const, procedure: makeSnapshot() };
  const now = at('2025-03-10T10:00');

  it('receives a complete dossier and starts its clock', () => {
    const result = intakeAtCounter({ ...input, ticks: COMPLETE_TICKS }, { now, actor: actors.counter, clock });
    if (!result.ok) throw new Error(result.code);
    expect(result.outcome).toBe('received');
    expect(result.state).toMatchObject({
      status: 'received',
      version: 2,
      submittedAt: now,
      receivedAt: now,
      stepIndex: 0,
    });
    expect(local(result.state.dueAt)).toBe('2025-03-13T10:00');
    expect(result.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.version])).toEqual([
      ['open', null, 'submitted', 1],
      ['receive', 'submitted', 'received', 2],
    ]);
  });

  it('gives form 02 with exactly the missing items, never a receipt', () => {
    const result = intakeAtCounter({ ...input, ticks: [tick(0, 1)] }, { now, actor: actors.counter, clock });
    if (!result.ok || result.outcome !== 'supplement_requested') throw new Error('expected a supplement request');
    expect(result.state).toMatchObject({ status: 'awaiting_supplement', receivedAt: null, dueAt: null, pauses: [] });
    expect(result.missing.map((m) => m.name)).toEqual(['Ảnh 4x6']);
    expect(result.events[1]).toMatchObject({
      type: 'request_supplement_at_intake',
      payload: { items: [{ name: 'Ảnh 4x6', reason: 'Chưa nộp (2 bản chính)' }] },
    });
  });

  it('keeps a dossier awaiting a supplement at intake at the counter’s step, then received there', () => {
    const asked = intakeAtCounter({ ...input, ticks: [tick(0, 1)] }, { now, actor: actors.counter, clock });
    if (!asked.ok) throw new Error(asked.code);
    expect(asked.state.stepIndex).toBe(0);
    const ctx = { now: now + 3_600_000, actor: actors.counter, clock };
    const resubmitted = applyTransition(
      asked.state,
      { transition: 'resubmit', payload: { note: null } },
      { ...ctx, expectedVersion: 2 },
    );
    if (!resubmitted.ok) throw new Error(resubmitted.code);
    const received = applyTransition(resubmitted.next, cmd.receive, { ...ctx, expectedVersion: 3 });
    if (!received.ok) throw new Error(received.code);
    // Not the last counter step (the return): the appraisal and approval are still ahead.
    expect([resubmitted.next.stepIndex, received.next.stepIndex]).toEqual([0, 0]);
  });

  it('is for the agency’s counter only', () => {
    expect(intakeAtCounter({ ...input, ticks: COMPLETE_TICKS }, { now, actor: actors.partner, clock })).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
    expect(intakeAtCounter({ ...input, ticks: COMPLETE_TICKS }, { now, actor: actors.appraiser, clock })).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
    const online = { ...input, channel: 'online' as const, ticks: COMPLETE_TICKS };
    expect(intakeAtCounter(online, { now, actor: actors.counter, clock })).toEqual({
      ok: false,
      code: 'lifecycle.guard_failed',
      reason: 'dossier.online_channel_for_applicant',
    });
  });
});

describe('online submission', () => {
  it('opens and sends the citizen’s dossier in one step, owned by them', () => {
    const result = submitOnline(
      { agencyId: AGENCY, procedure: makeSnapshot() },
      { now: at('2025-03-10T20:00'), actor: actors.owner, clock },
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.state).toMatchObject({
      status: 'submitted',
      ownerId: 'u-owner',
      channel: 'online',
      submittedAt: at('2025-03-10T20:00'),
      receivedAt: null,
      version: 2,
    });
    expect(result.events.map((e) => e.type)).toEqual(['open', 'submit_online']);
  });
});
