import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDossier, classifyInProgress, classifyResolution, type ResolutionKind } from './classification.ts';
import { dueMoment, type Deadline } from './deadline.ts';
import { dayOfInstant } from './local-date.ts';
import { at, clock } from './testing.ts';

const deadline: Deadline = { start: at('2025-03-10T10:00'), limit: { value: 5, unit: 'days' } }; // due 2025-03-17 10:00
const due = at('2025-03-17T10:00');

describe('classification (DESIGN §5)', () => {
  it.each([
    ['2025-03-14T16:00', 'decided', 'early'],
    ['2025-03-17T07:00', 'decided', 'onTime'],
    ['2025-03-17T10:00', 'decided', 'onTime'],
    ['2025-03-17T10:01', 'decided', 'late'],
    ['2025-03-20T10:00', 'decided', 'late'],
    ['2025-03-20T10:00', 'withdrawn', 'onTime'],
    ['2025-03-20T10:00', 'stopped', 'onTime'],
  ] as const)('resolved at %s (%s) is %s', (resolvedAt, kind, want) => {
    expect(classifyResolution(due, at(resolvedAt), kind)).toBe(want);
    expect(classifyDossier(clock, deadline, { at: at(resolvedAt), kind }, at('2025-12-31T00:00'))).toEqual({
      status: 'resolved',
      timeliness: want,
    });
  });

  it.each([
    ['2025-03-17T09:59', 'onTime'],
    ['2025-03-17T10:00', 'overdue'],
    ['2025-03-18T08:00', 'overdue'],
  ] as const)('in progress at %s is %s', (now, want) => {
    expect(classifyInProgress(clock, deadline, at(now))).toBe(want);
    expect(classifyDossier(clock, deadline, { at: at('2025-04-01T10:00'), kind: 'decided' }, at(now))).toEqual({
      status: 'inProgress',
      timeliness: want,
    });
  });

  it('counts a dossier awaiting a supplement on time, and the due moment as it stood at each instant', () => {
    const waiting: Deadline = {
      ...deadline,
      pauses: [{ start: at('2025-03-14T09:00'), end: null, reason: 'supplement' }],
    };
    expect(classifyInProgress(clock, waiting, at('2025-03-25T10:00'))).toBe('onTime');
    expect(classifyInProgress(clock, waiting, at('2025-03-13T10:00'))).toBe('onTime');
    const supplied: Deadline = {
      ...deadline,
      pauses: [{ start: at('2025-03-14T09:00'), end: at('2025-03-18T09:00'), reason: 'supplement' }],
    };
    // Due moved by two working days to 2025-03-19 10:00.
    expect(classifyInProgress(clock, supplied, at('2025-03-19T09:00'))).toBe('onTime');
    expect(classifyInProgress(clock, supplied, at('2025-03-19T10:00'))).toBe('overdue');
    expect(
      classifyDossier(clock, supplied, { at: at('2025-03-19T08:00'), kind: 'decided' }, at('2025-03-31T00:00'))
        .timeliness,
    ).toBe('onTime');
  });

  it('agrees with the due and resolution moments', () => {
    const start = fc.integer({ min: 0, max: 12 * 366 * 1440 }).map((m) => at('2014-01-01T00:00') + m * 60_000);
    const kind = fc.constantFrom<ResolutionKind>('decided', 'decided', 'withdrawn', 'stopped');
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 * 1440 }),
        kind,
        (s, n, after, k) => {
          const d: Deadline = { start: s, limit: { value: n, unit: 'days' } };
          const dueAt = dueMoment(clock, d) ?? 0;
          const resolvedAt = s + after * 60_000;
          const { timeliness } = classifyDossier(clock, d, { at: resolvedAt, kind: k }, resolvedAt);
          const want =
            k !== 'decided'
              ? 'onTime'
              : resolvedAt > dueAt
                ? 'late'
                : dayOfInstant(resolvedAt) < dayOfInstant(dueAt)
                  ? 'early'
                  : 'onTime';
          // In progress just before, it was on time exactly when it went on to be resolved on time.
          const before = classifyDossier(clock, d, { at: resolvedAt, kind: k }, resolvedAt - 1).timeliness;
          return timeliness === want && (k !== 'decided' || (before === 'onTime') === resolvedAt <= dueAt);
        },
      ),
      { numRuns: 200 },
    );
  });
});
