import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, clock } from '../calendar/testing.ts';
import { consultationResult, consultationWarnings } from './consultation-timeliness.ts';

// Deadline Thursday 13 March 2025, 10:00 (UTC+7).
const deadline = at('2025-03-13T10:00');
const awaited = { deadline, answeredAt: null, lapsed: false };

describe('a consultation against its own deadline (DESIGN §6, §7 criterion 2)', () => {
  it.each([
    ['answered on an earlier day: early', '2025-03-12T16:00', false, 'early'],
    ['answered on the deadline day before it: on time', '2025-03-13T09:59', false, 'onTime'],
    ['answered at the deadline itself: on time', '2025-03-13T10:00', false, 'onTime'],
    ['answered a minute after it: late', '2025-03-13T10:01', false, 'late'],
    ['closed by the lead without an answer: late, against the consulted agency', null, true, 'late'],
    ['still awaited: not yet classified', null, false, null],
  ] as const)('%s', (_, answered, lapsed, expected) => {
    const answeredAt = answered === null ? null : at(answered);
    expect(consultationResult({ deadline, answeredAt, lapsed })).toBe(expected);
  });

  it.each([
    ['two working days before: no warning', '2025-03-11T09:00', []],
    ['one working day before, to the minute: due soon', '2025-03-12T10:00', ['due_soon']],
    ['an hour before: due soon', '2025-03-13T09:00', ['due_soon']],
    ['at the deadline: overdue', '2025-03-13T10:00', ['overdue']],
    ['a week after: overdue', '2025-03-20T10:00', ['overdue']],
  ] as const)('awaited, %s', (_, now, expected) => {
    expect(consultationWarnings(clock, awaited, at(now))).toEqual(expected);
  });

  it('no warning once answered, lapsed, or closed with its dossier', () => {
    const late = at('2025-03-20T10:00');
    expect(consultationWarnings(clock, { ...awaited, answeredAt: at('2025-03-14T08:00') }, late)).toEqual([]);
    expect(consultationWarnings(clock, { ...awaited, lapsed: true }, late)).toEqual([]);
    expect(consultationWarnings(clock, { ...awaited, closedAt: at('2025-03-14T08:00') }, late)).toEqual([]);
  });

  // The inbox walks awaited consultations by deadline and stops at the first not due soon: that needs this order.
  it('due soon is monotone: an earlier deadline, still ahead, is due soon when a later one is', () => {
    const minute = fc.integer({ min: 0, max: 60 * 24 * 30 }).map((m) => at('2025-03-01T00:00') + m * 60_000);
    fc.assert(
      fc.property(minute, minute, minute, (now, a, b) => {
        const [early, later] = a < b ? [a, b] : [b, a];
        fc.pre(early > now);
        const soon = (d: number) => consultationWarnings(clock, { ...awaited, deadline: d }, now).includes('due_soon');
        return !soon(later) || soon(early);
      }),
      { numRuns: 300 },
    );
  });
});
