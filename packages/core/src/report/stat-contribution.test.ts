import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfInstant, formatLocalDate, parseLocalDate } from '../calendar/local-date.ts';
import { at, clock, cmd, FIXTURES, run, type FixtureName } from '../dossier/testing.ts';
import { aRun, walkStates } from '../dossier/testing-walk.ts';
import { figuresOf, periodSumsOf, periodSumsOfChanges, totalOf } from './resolution-report.ts';
import { statContribution, statDelta, type StatChange } from './stat-contribution.ts';

const period = (from: string, to: string) => ({ from, to });
const sumsOf = (changes: readonly StatChange[], from: string, to: string) =>
  periodSumsOfChanges(changes, period(from, to));

describe('a dossier received in one period and resolved in the next (DESIGN §8)', () => {
  // Received Mon 2025-07-07 10:00, 3 working days: due Thu 2025-07-10 10:00; result ready Wed 10:00 → early.
  const { state } = run({ actor: 'counter', at: '2025-07-07T09:00' }, [
    ['counter', '2025-07-07T10:00', cmd.receive],
    ['appraiser', '2025-07-08T08:00', cmd.startAppraisal],
    ['appraiser', '2025-07-08T16:00', cmd.propose],
    ['approver', '2025-07-09T09:00', cmd.approve],
    ['counter', '2025-07-09T10:00', cmd.prepare],
  ]);
  const changes = statContribution(clock, state);

  it('counts as received in the first period and in progress at its end', () => {
    const first = figuresOf(sumsOf(changes, '2025-07-01', '2025-07-07'));
    expect(first.received).toEqual({ total: 1, online: 0, direct: 1, carriedOver: 0 });
    expect(first.resolved.total).toBe(0);
    expect(first.inProgress).toEqual({ total: 1, onTime: 1, overdue: 0 });
  });

  it('is carried over into the next period and resolved early there', () => {
    const next = figuresOf(sumsOf(changes, '2025-07-08', '2025-07-31'));
    expect(next.received).toEqual({ total: 1, online: 0, direct: 0, carriedOver: 1 });
    expect(next.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
    expect(next.inProgress.total).toBe(0);
  });

  it('leaves periods after its resolution alone', () => {
    const later = figuresOf(sumsOf(changes, '2025-07-10', '2025-07-31'));
    expect(later.received.total + later.resolved.total + later.inProgress.total).toBe(0);
  });
});

describe('overdue, supplements and late resolution', () => {
  it('an open dossier turns overdue at the end of its due day, not before', () => {
    const { state } = run({ actor: 'counter', at: '2025-07-07T09:00' }, [['counter', '2025-07-07T10:00', cmd.receive]]);
    const changes = statContribution(clock, state);
    expect(figuresOf(sumsOf(changes, '2025-07-01', '2025-07-09')).inProgress).toEqual({
      total: 1,
      onTime: 1,
      overdue: 0,
    });
    expect(figuresOf(sumsOf(changes, '2025-07-01', '2025-07-10')).inProgress).toEqual({
      total: 1,
      onTime: 0,
      overdue: 1,
    });
  });

  it('a dossier awaiting a supplement counts on time however long it waits', () => {
    const { state } = run({ actor: 'counter', at: '2025-07-07T09:00' }, [
      ['counter', '2025-07-07T10:00', cmd.receive],
      ['appraiser', '2025-07-08T08:00', cmd.startAppraisal],
      ['appraiser', '2025-07-08T09:00', cmd.supplement],
    ]);
    const changes = statContribution(clock, state);
    expect(figuresOf(sumsOf(changes, '2025-07-01', '2025-12-31')).inProgress).toEqual({
      total: 1,
      onTime: 1,
      overdue: 0,
    });
  });

  it('a late approval is late in its period and overdue before it', () => {
    const { state } = run({ actor: 'counter', at: '2025-07-07T09:00' }, [
      ['counter', '2025-07-07T10:00', cmd.receive],
      ['appraiser', '2025-07-08T08:00', cmd.startAppraisal],
      ['appraiser', '2025-07-14T08:00', cmd.propose],
      ['approver', '2025-07-15T09:00', cmd.approve],
      ['counter', '2025-07-15T10:00', cmd.prepare],
    ]);
    const changes = statContribution(clock, state);
    expect(figuresOf(sumsOf(changes, '2025-07-01', '2025-07-11')).inProgress).toEqual({
      total: 1,
      onTime: 0,
      overdue: 1,
    });
    expect(figuresOf(sumsOf(changes, '2025-07-12', '2025-07-31')).resolved).toEqual({
      total: 1,
      early: 0,
      onTime: 0,
      late: 1,
    });
  });

  it('a result ready exactly at midnight belongs to the day it starts: in progress at the end of the day before, then carried over and resolved', () => {
    const { state } = run({ actor: 'counter', at: '2025-07-07T09:00' }, [
      ['counter', '2025-07-07T10:00', cmd.receive],
      ['appraiser', '2025-07-08T08:00', cmd.startAppraisal],
      ['appraiser', '2025-07-08T16:00', cmd.propose],
      ['approver', '2025-07-08T17:00', cmd.approve],
      ['counter', '2025-07-09T00:00', cmd.prepare],
    ]);
    const changes = statContribution(clock, state);
    for (const [from, to] of [
      ['2025-07-09', '2025-07-31'],
      ['2025-07-01', '2025-07-08'],
      ['2025-07-08', '2025-07-09'],
    ] as const) {
      expect(periodSumsOfChanges(changes, { from, to }), `${from}…${to}`).toEqual(
        periodSumsOf(clock, state, { from, to }),
      );
    }
    expect(figuresOf(sumsOf(changes, '2025-07-01', '2025-07-08'))).toMatchObject({
      resolved: { total: 0 },
      inProgress: { total: 1 },
    });
    expect(figuresOf(sumsOf(changes, '2025-07-09', '2025-07-31'))).toMatchObject({
      received: { carriedOver: 1 },
      resolved: { total: 1, early: 1 },
    });
  });

  it.each(['draft', 'submitted', 'rejected_at_intake', 'awaiting_supplement_at_intake'] satisfies FixtureName[])(
    'a dossier never received (%s) adds nothing',
    (name) => {
      expect(statContribution(clock, FIXTURES[name]().state)).toEqual([]);
    },
  );

  it('a withdrawn dossier counts resolved on time; a composite child adds nothing', () => {
    const { state } = FIXTURES.withdrawn();
    expect(figuresOf(sumsOf(statContribution(clock, state), '2025-07-01', '2025-07-31')).resolved).toEqual({
      total: 1,
      early: 0,
      onTime: 1,
      late: 0,
    });
    expect(statContribution(clock, FIXTURES.returned().state, { counted: false })).toEqual([]);
  });
});

describe('the statistics agree with the definition under random lifecycles', () => {
  const aPeriod = fc.record({ start: fc.integer({ min: -5, max: 70 }), length: fc.integer({ min: 0, max: 40 }) });

  it('deltas written at each transition sum to what the classification gives at any period boundary, and never rewrite a finished day', () => {
    fc.assert(
      fc.property(aRun, fc.array(aPeriod, { minLength: 1, maxLength: 5 }), (walk, periods) => {
        const states = walkStates(walk);
        const written: StatChange[] = [];
        let before: StatChange[] = [];
        for (const { state, at: when } of states) {
          const after = statContribution(clock, state);
          const delta = statDelta(before, after);
          // A transition only changes the days from its own day on: reports of finished days stay put.
          expect(delta.every((d) => d.day >= dayOfInstant(when))).toBe(true);
          written.push(...delta);
          before = after;
        }
        const final = states.at(-1)!.state;
        const first = dayOfInstant(states[0]!.at);
        for (const p of periods) {
          const from = formatLocalDate(first + p.start);
          const to = formatLocalDate(first + p.start + p.length);
          expect(periodSumsOfChanges(written, { from, to })).toEqual(periodSumsOf(clock, final, { from, to }));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the total row is the sum of the rows and every identity holds', () => {
    const rows = (
      ['received', 'approved', 'returned', 'withdrawn', 'stopped', 'awaiting_supplement'] satisfies FixtureName[]
    ).map((name) => figuresOf(periodSumsOf(clock, FIXTURES[name]().state, period('2025-07-01', '2025-07-07'))));
    const total = totalOf(rows);
    expect(total.received.total).toBe(6);
    expect(total.resolved.total).toBe(3);
    expect(total.inProgress.total).toBe(3);
    for (const f of [...rows, total]) {
      expect(f.received.total).toBe(f.received.online + f.received.direct + f.received.carriedOver);
      expect(f.resolved.total).toBe(f.resolved.early + f.resolved.onTime + f.resolved.late);
      expect(f.inProgress.total).toBe(f.inProgress.onTime + f.inProgress.overdue);
    }
    expect(parseLocalDate('2025-07-07')).toBe(dayOfInstant(at('2025-07-07T12:00')));
  });
});
