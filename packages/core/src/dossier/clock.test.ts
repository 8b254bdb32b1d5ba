import { describe, expect, it } from 'vitest';
import { local } from '../calendar/testing.ts';
import type { Command } from './commands.ts';
import { applyTransition } from './lifecycle.ts';
import { at, clock, cmd, ctx, makeSnapshot, PARTNER, run, type Step } from './testing.ts';
import { classifyState, stepSchedule, warningsOf } from './timeliness.ts';

// Monday 2025-03-10: recorded 09:50, received 10:00, 3 working days → due Thursday 10:00 (DESIGN §5).
const open = { actor: 'counter', at: '2025-03-10T09:50' } as const;
const received: Step[] = [
  ['counter', '2025-03-10T10:00', cmd.receive],
  ['appraiser', '2025-03-10T10:30', cmd.startAppraisal],
];
const withdraw: Command = { transition: 'withdraw', payload: { reason: 'Công dân xin rút' } };
const apology = (newDueAt: string): Command => ({
  transition: 'apologise',
  payload: { reason: 'Chờ xác minh', newDueAt: at(newDueAt) },
});

describe('the clock of a dossier (DESIGN §5)', () => {
  it('starts at the valid reception, keeping the submission instant', () => {
    const { state } = run(open, received);
    expect(state).toMatchObject({ submittedAt: at('2025-03-10T09:50'), receivedAt: at('2025-03-10T10:00') });
    expect(local(state.dueAt)).toBe('2025-03-13T10:00');
  });

  it('applies the procedure’s cut-off to the reception', () => {
    const { state } = run({ ...open, procedure: makeSnapshot({ cutoffTime: '15:00' }) }, [
      ['counter', '2025-03-10T15:30', cmd.receive],
    ]);
    expect(local(state.dueAt)).toBe('2025-03-13T17:00');
  });

  it('stands still awaiting a supplement and moves the due moment by exactly the time stopped', () => {
    const waiting = run(open, [...received, ['appraiser', '2025-03-11T10:00', cmd.supplement]]);
    expect(waiting.state).toMatchObject({
      status: 'awaiting_supplement',
      dueAt: null,
      pauses: [{ start: at('2025-03-11T10:00'), end: null, reason: 'supplement' }],
    });
    expect(warningsOf(clock, waiting.state, at('2025-03-20T10:00'))).toEqual([]);
    expect(classifyState(clock, waiting.state, at('2025-03-20T10:00'))).toEqual({
      status: 'inProgress',
      timeliness: 'onTime',
    });
    // stopped Tuesday 10:00 → Friday 10:00: three working days, so due three working days later
    const resumed = run(open, [
      ...received,
      ['appraiser', '2025-03-11T10:00', cmd.supplement],
      ['counter', '2025-03-14T10:00', cmd.recordSupplement],
    ]);
    expect(local(resumed.state.dueAt)).toBe('2025-03-18T10:00');
    expect(resumed.state.pauses).toEqual([
      { start: at('2025-03-11T10:00'), end: at('2025-03-14T10:00'), reason: 'supplement' },
    ]);
  });

  it('restarts with the full limit when the procedure says so', () => {
    const procedure = makeSnapshot({ suspensionMode: 'restart' });
    const { state } = run({ ...open, procedure }, [
      ...received,
      ['appraiser', '2025-03-11T10:00', cmd.supplement],
      ['counter', '2025-03-14T10:00', cmd.recordSupplement],
    ]);
    expect(local(state.dueAt)).toBe('2025-03-19T10:00');
  });

  it('keeps running during a consultation', () => {
    const consult: Command = {
      transition: 'open_consultation',
      payload: { consultations: [{ agencyId: PARTNER, question: '?', deadline: at('2025-03-12T17:00') }] },
    };
    const { state } = run(open, [...received, ['appraiser', '2025-03-11T10:00', consult]]);
    expect(state).toMatchObject({ status: 'in_consultation', pauses: [] });
    expect(local(state.dueAt)).toBe('2025-03-13T10:00');
  });
});

describe('resolution and classification (DESIGN §5)', () => {
  const decided: Step[] = [
    ...received,
    ['appraiser', '2025-03-12T09:00', cmd.propose],
    ['approver', '2025-03-13T09:00', cmd.approve],
  ];

  it('resolves when the result is ready for return, not at the approval', () => {
    const approved = run(open, decided);
    expect(approved.state.resolution).toBeNull();
    const late = run(open, [...decided, ['counter', '2025-03-13T10:01', cmd.prepare]]);
    expect(late.state.resolution).toEqual({ at: at('2025-03-13T10:01'), kind: 'decided' });
    expect(classifyState(clock, late.state, at('2025-03-31T00:00'))).toEqual({
      status: 'resolved',
      timeliness: 'late',
    });
    const onTime = run(open, [...decided, ['counter', '2025-03-13T09:30', cmd.prepare]]);
    expect(classifyState(clock, onTime.state, at('2025-03-31T00:00'))).toEqual({
      status: 'resolved',
      timeliness: 'onTime',
    });
  });

  it('resolves a refusal the same way, and withdrawn and stopped dossiers on time', () => {
    const refused = run(open, [
      ...received,
      ['appraiser', '2025-03-11T09:00', cmd.propose],
      ['approver', '2025-03-11T10:00', cmd.refuse],
      ['counter', '2025-03-11T11:00', cmd.prepare],
    ]);
    expect(classifyState(clock, refused.state, at('2025-03-31T00:00'))).toEqual({
      status: 'resolved',
      timeliness: 'early',
    });
    const withdrawn = run(open, [...received, ['counter', '2025-03-20T10:00', withdraw]]);
    expect(withdrawn.state.resolution).toEqual({ at: at('2025-03-20T10:00'), kind: 'withdrawn' });
    expect(classifyState(clock, withdrawn.state, at('2025-03-31T00:00'))).toEqual({
      status: 'resolved',
      timeliness: 'onTime',
    });
  });

  it('never counts a dossier that was not received', () => {
    const { state } = run(open, [['counter', '2025-03-10T10:00', withdraw]]);
    expect(state.resolution).toBeNull();
    expect(classifyState(clock, state, at('2025-03-31T00:00'))).toBeNull();
  });
});

describe('the apology of form 04 (NĐ 61/2018 art. 19)', () => {
  it('is on time up to one working day before the due moment, and late after, both recorded', () => {
    const early = run(open, [...received, ['head', '2025-03-12T10:00', apology('2025-03-14T17:00')]]);
    expect(early.state.apology).toEqual({
      at: at('2025-03-12T10:00'),
      newDueAt: at('2025-03-14T17:00'),
      reason: 'Chờ xác minh',
      late: false,
    });
    const late = run(open, [...received, ['head', '2025-03-12T10:01', apology('2025-03-14T17:00')]]);
    expect(late.state.apology?.late).toBe(true);
  });

  it('leaves the due moment as it is: the dossier still counts late', () => {
    const { state } = run(open, [...received, ['head', '2025-03-11T10:00', apology('2025-03-17T17:00')]]);
    expect(local(state.dueAt)).toBe('2025-03-13T10:00');
    expect(classifyState(clock, state, at('2025-03-14T10:00'))).toEqual({
      status: 'inProgress',
      timeliness: 'overdue',
    });
    const again = applyTransition(state, apology('2025-03-17T16:00'), ctx('head', '2025-03-12T08:00'));
    expect(again).toEqual({ ok: false, code: 'lifecycle.guard_failed', reason: 'dossier.apology_date_not_later' });
  });
});

describe('inbox warnings and step moments', () => {
  it.each([
    ['2025-03-10T15:44', 'received', []],
    ['2025-03-10T15:46', 'received', ['step_over_budget']],
    ['2025-03-12T09:59', 'in_appraisal', []],
    ['2025-03-12T10:00', 'in_appraisal', ['due_soon']],
    ['2025-03-12T14:00', 'in_appraisal', ['step_over_budget', 'due_soon']],
    ['2025-03-13T10:00', 'in_appraisal', ['step_over_budget', 'overdue']],
  ] as const)('at %s (%s): %j', (now, status, want) => {
    const steps = status === 'received' ? received.slice(0, 1) : received;
    const { state } = run(open, steps);
    expect(warningsOf(clock, state, at(now))).toEqual(want);
  });

  it('gives each step its expected moment', () => {
    const { state } = run(open, received);
    const schedule = stepSchedule(clock, state);
    expect(schedule.map((s) => local(s.expectedAt))).toEqual([
      '2025-03-10T15:45',
      '2025-03-12T10:00',
      '2025-03-12T15:45',
      '2025-03-13T10:00',
    ]);
    expect(schedule.map((s) => [s.done, s.current])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
  });
});
