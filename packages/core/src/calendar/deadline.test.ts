import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apologyDeadline,
  dueMoment,
  dueMomentAt,
  isDueSoon,
  stepMoments,
  type Deadline,
  type WorkingLimit,
} from './deadline.ts';
import { minuteWalkDue } from './minute-walk.ts';
import { at, clock, DAY_MS, local } from './testing.ts';
import { addWorkingTime, isOfficeTime, workingTimeBetween } from './working-time.ts';

const days = (value: number): WorkingLimit => ({ value, unit: 'days' });
const hours = (value: number): WorkingLimit => ({ value, unit: 'hours' });
const due = (deadline: Deadline) => local(dueMoment(clock, deadline));

// Instants on whole minutes from 2014 to 2030, and limits up to 30 working days or 16 hours.
const anInstant = fc.integer({ min: 0, max: 17 * 366 * 1440 }).map((m) => at('2014-01-01T00:00') + m * 60_000);
const aLimit = fc.oneof(fc.integer({ min: 1, max: 30 }).map(days), fc.integer({ min: 1, max: 16 }).map(hours));
const RUNS = { numRuns: 200 };

describe('due moment (DESIGN §5)', () => {
  it.each([
    ['received 10:00 Monday + 3 days: 10:00 Thursday', '2025-03-10T10:00', days(3), null, '2025-03-13T10:00'],
    ['the contract check: Monday 14:00 + 5 days', '2025-03-10T14:00', days(5), null, '2025-03-17T14:00'],
    [
      'a count ending at the day’s end is due at 17:00, not 07:30 the next day',
      '2025-03-10T07:30',
      days(1),
      null,
      '2025-03-10T17:00',
    ],
    ['a count ending at the morning’s end is due at 11:30', '2025-03-10T13:30', days(1), null, '2025-03-11T11:30'],
    ['before opening: counts from 07:30', '2025-03-10T06:00', days(1), null, '2025-03-10T17:00'],
    ['at lunch: counts from 13:30', '2025-03-10T12:00', hours(1), null, '2025-03-10T14:30'],
    ['after closing: counts from the next opening', '2025-03-10T18:00', days(1), null, '2025-03-11T17:00'],
    ['on a Saturday: counts from Monday', '2025-03-08T09:00', days(1), null, '2025-03-10T17:00'],
    ['working hours run over the night', '2025-03-10T16:00', hours(2), null, '2025-03-11T08:30'],
    ['Tết 2025 stops the clock for nine days', '2025-01-24T10:00', days(1), null, '2025-02-03T10:00'],
    ['the Saturday worked of 2025 counts', '2025-04-25T10:00', days(3), null, '2025-04-29T10:00'],
    ['after the cut-off: counts from the next working day', '2025-03-10T15:30', days(1), '15:00', '2025-03-11T17:00'],
    ['at the cut-off: counts the same day', '2025-03-10T15:00', days(1), '15:00', '2025-03-11T15:00'],
    ['before the cut-off', '2025-03-10T14:59', days(1), '15:00', '2025-03-11T14:59'],
    ['after the cut-off on a Friday: counts from Monday', '2025-03-07T16:00', days(1), '15:00', '2025-03-10T17:00'],
  ])('%s', (_, start, limit, cutoff, want) => {
    expect(due({ start: at(start), limit, cutoff })).toBe(want);
  });

  it('is later than its start', () => {
    fc.assert(
      fc.property(anInstant, aLimit, (start, limit) => (dueMoment(clock, { start, limit }) ?? 0) > start),
      RUNS,
    );
  });

  it('falls in office hours of a working day', () => {
    fc.assert(
      fc.property(anInstant, aLimit, (start, limit) => isOfficeTime(clock, dueMoment(clock, { start, limit }) ?? 0)),
      RUNS,
    );
  });

  it('N then M working days is N + M working days', () => {
    const n = fc.integer({ min: 1, max: 30 });
    fc.assert(
      fc.property(anInstant, n, n, (start, a, b) => {
        const first = dueMoment(clock, { start, limit: days(a) }) ?? 0;
        return dueMoment(clock, { start: first, limit: days(b) }) === dueMoment(clock, { start, limit: days(a + b) });
      }),
      RUNS,
    );
  });

  it('agrees with counting minute by minute', () => {
    const short = fc.oneof(fc.integer({ min: 1, max: 3 }).map(days), fc.integer({ min: 1, max: 10 }).map(hours));
    fc.assert(
      fc.property(anInstant, short, (start, limit) => {
        const minutes = limit.value * (limit.unit === 'days' ? 450 : 60);
        return dueMoment(clock, { start, limit }) === minuteWalkDue(clock, start, minutes);
      }),
      { numRuns: 100 },
    );
  });
});

describe('suspension', () => {
  const start = at('2025-03-10T10:00'); // Monday; 5 days are due Monday 17 at 10:00
  const supplement = { start: at('2025-03-11T09:00'), end: at('2025-03-13T09:00'), reason: 'supplement' };

  it.each([
    ['moves the due moment by the working time stopped (two days)', [supplement], 'pause', '2025-03-19T10:00'],
    ['restarts the full limit from the resumption', [supplement], 'restart', '2025-03-20T09:00'],
    [
      'adds up several pauses',
      [supplement, { start: at('2025-03-14T16:00'), end: at('2025-03-17T08:00'), reason: 'supplement' }],
      'pause',
      '2025-03-19T11:30',
    ],
    [
      'ignores a pause after the due moment',
      [{ start: at('2025-03-18T09:00'), end: at('2025-03-19T09:00'), reason: 'x' }],
      'pause',
      '2025-03-17T10:00',
    ],
    [
      'ignores a pause before the reception',
      [{ start: at('2025-03-03T09:00'), end: at('2025-03-05T09:00'), reason: 'x' }],
      'restart',
      '2025-03-17T10:00',
    ],
  ] as const)('%s', (_, pauses, suspensionMode, want) => {
    expect(due({ start, limit: days(5), pauses, suspensionMode })).toBe(want);
  });

  it('has no due moment while awaiting a supplement, and one as it stands at any instant', () => {
    const waiting: Deadline = { start, limit: days(5), pauses: [{ ...supplement, end: null }] };
    expect(dueMoment(clock, waiting)).toBeNull();
    const now = at('2025-03-12T12:00');
    const stopped = workingTimeBetween(clock, supplement.start, now);
    expect(dueMomentAt(clock, waiting, now)).toBe(addWorkingTime(clock, at('2025-03-17T10:00'), stopped));
    expect(local(dueMomentAt(clock, waiting, at('2025-03-10T12:00')))).toBe('2025-03-17T10:00');
  });

  it('moves the due moment by exactly the working time a pause stopped', () => {
    fc.assert(
      fc.property(
        anInstant,
        aLimit,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 15 * 1440 }),
        (s, limit, where, length) => {
          const before = dueMoment(clock, { start: s, limit }) ?? 0;
          const pause = { start: s + Math.floor(where * (before - s)), end: 0, reason: 'supplement' };
          pause.end = pause.start + length * 60_000;
          const after = dueMoment(clock, { start: s, limit, pauses: [pause] }) ?? 0;
          return workingTimeBetween(clock, before, after) === workingTimeBetween(clock, pause.start, pause.end);
        },
      ),
      RUNS,
    );
  });
});

describe('step budgets, apology and warning', () => {
  const deadline: Deadline = { start: at('2025-03-10T10:00'), limit: days(5) };

  it('gives each step its expected moment, the last one at the due moment', () => {
    const steps = [
      { name: 'Tiếp nhận', budgetMinutes: 225 },
      { name: 'Thẩm định', budgetMinutes: 1350 },
      { name: 'Phê duyệt', budgetMinutes: 450 },
      { name: 'Trả kết quả', budgetMinutes: 225 },
    ];
    expect(stepMoments(clock, deadline, steps).map((s) => local(s.expectedAt))).toEqual([
      '2025-03-10T15:45',
      '2025-03-13T15:45',
      '2025-03-14T15:45',
      '2025-03-17T10:00',
    ]);
    const paused = {
      ...deadline,
      pauses: [{ start: at('2025-03-11T09:00'), end: at('2025-03-13T09:00'), reason: 'supplement' }],
    };
    expect(stepMoments(clock, paused, steps).map((s) => local(s.expectedAt))).toEqual([
      '2025-03-10T15:45',
      '2025-03-17T15:45',
      '2025-03-18T15:45',
      '2025-03-19T10:00',
    ]);
  });

  it.each([
    ['2025-03-17T10:00', '2025-03-14T10:00'],
    ['2025-03-10T17:00', '2025-03-07T17:00'],
    ['2025-02-03T10:00', '2025-01-24T10:00'],
  ])('asks for the apology of a dossier due %s by %s, one working day before', (dueAt, want) => {
    expect(local(apologyDeadline(clock, at(dueAt)))).toBe(want);
  });

  it.each([
    ['2025-03-14T09:59', false],
    ['2025-03-14T10:00', true],
    ['2025-03-17T09:59', true],
    ['2025-03-17T10:00', false],
  ])('warns at %s that a dossier is due within a working day: %s', (now, want) => {
    expect(isDueSoon(clock, at('2025-03-17T10:00'), at(now))).toBe(want);
    expect(isDueSoon(clock, at('2025-03-17T10:00'), at(now), 2 * DAY_MS)).toBe(now < '2025-03-17T10:00');
  });
});
