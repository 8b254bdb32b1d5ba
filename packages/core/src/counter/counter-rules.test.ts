import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import { occupiedDetail } from './counter-problems.ts';
import {
  decideSignIn,
  decideSignOut,
  earliestLiveStart,
  isForgotten,
  type CounterOfficer,
  type OpenCounterSession,
} from './counter-rules.ts';

const at = (local: string) => Date.parse(`${local}+07:00`);
const NOW = at('2026-11-25T09:00:00');
const officer = (roles: Role[] = ['counter'], agencyId: string | null = 'congan'): CounterOfficer => ({
  id: 'me',
  centerId: 'h49',
  agencyId,
  roles,
});
const desk = (id: string, agencyId: string | null = null, centerId = 'h49', effectiveTo: string | null = null) => ({
  id,
  centerId,
  agencyId,
  effectiveTo,
});
const session = (id: string, counterId: string, userId: string, startedAt: string): OpenCounterSession => ({
  id,
  counterId,
  userId,
  fullName: `Cán bộ ${userId}`,
  startedAt: at(startedAt),
});

describe('who may sign in at a counter', () => {
  it.each([
    ['a reception officer at a shared desk', officer(), desk('c1'), true],
    ['an agency head standing in', officer(['agency_head']), desk('c1'), true],
    ['an appraiser', officer(['appraiser']), desk('c1'), 'auth.forbidden'],
    ['a director', officer(['director'], null), desk('c1'), 'auth.forbidden'],
    ['a citizen', officer(['citizen'], null), desk('c1'), 'auth.forbidden'],
    ["an officer at their own agency's counter", officer(), desk('c1', 'congan'), true],
    ["an officer at another agency's counter", officer(), desk('c1', 'tuphap'), 'counter.other_agency'],
    [
      'an officer without an agency at an agency counter',
      officer(['counter'], null),
      desk('c1', 'congan'),
      'counter.other_agency',
    ],
    ['an officer without an agency at a shared desk', officer(['counter'], null), desk('c1'), true],
    ['a counter of another center', officer(), desk('c1', null, 'other'), 'counter.not_found'],
    // Closed after its last day (UTC+7): NOW is 2026-11-25.
    ['a counter closing tonight', officer(), desk('c1', 'congan', 'h49', '2026-11-25'), true],
    ['a counter closed yesterday', officer(), desk('c1', 'congan', 'h49', '2026-11-24'), 'counter.closed'],
    ['a counter closed in 2025', officer(), desk('c1', null, 'h49', '2025-06-30'), 'counter.closed'],
  ] as const)('%s', (_name, who, counter, want) => {
    const decision = decideSignIn({ officer: who, counter, mine: null, occupant: null }, NOW);
    expect(decision.ok ? true : decision.code).toBe(want);
  });
});

describe('one officer per counter, one counter per officer', () => {
  it.each([
    ['a free counter: a new session, nothing closed', null, null, { close: [], open: true, startedAt: NOW }],
    [
      'again at my own counter: nothing changes',
      session('s1', 'c1', 'me', '2026-11-25T07:30:00'),
      null,
      { close: [], open: false, startedAt: at('2026-11-25T07:30:00') },
    ],
    [
      'from another counter: it is closed at the same instant',
      session('s1', 'c2', 'me', '2026-11-25T07:30:00'),
      null,
      { close: [{ sessionId: 's1', endedAt: NOW }], open: true, startedAt: NOW },
    ],
    [
      'my own forgotten session of yesterday at this counter ends with its day, a new one starts',
      session('s1', 'c1', 'me', '2026-11-24T08:00:00'),
      session('s1', 'c1', 'me', '2026-11-24T08:00:00'),
      { close: [{ sessionId: 's1', endedAt: at('2026-11-25T00:00:00') }], open: true, startedAt: NOW },
    ],
    [
      "someone else's forgotten session ends with its day",
      null,
      session('s9', 'c1', 'lan', '2026-11-24T16:59:00'),
      { close: [{ sessionId: 's9', endedAt: at('2026-11-25T00:00:00') }], open: true, startedAt: NOW },
    ],
    [
      'switching onto a forgotten desk closes both',
      session('s1', 'c2', 'me', '2026-11-25T07:30:00'),
      session('s9', 'c1', 'lan', '2026-11-20T08:00:00'),
      {
        close: [
          { sessionId: 's9', endedAt: at('2026-11-21T00:00:00') },
          { sessionId: 's1', endedAt: NOW },
        ],
        open: true,
        startedAt: NOW,
      },
    ],
  ] as const)('%s', (_name, mine, occupant, want) => {
    const decision = decideSignIn({ officer: officer(), counter: desk('c1'), mine, occupant }, NOW);
    expect(decision).toEqual({
      ok: true,
      close: want.close,
      open: want.open ? { counterId: 'c1', userId: 'me', startedAt: NOW } : null,
      startedAt: want.startedAt,
    });
  });

  it.each([
    ['since this morning', '2026-11-25T07:45:00', null],
    ['since the first minute of today', '2026-11-25T00:00:00', null],
    [
      'while I sit at another counter, which I keep',
      '2026-11-25T07:45:00',
      session('s1', 'c2', 'me', '2026-11-25T07:30:00'),
    ],
  ])('a counter taken by someone else %s is refused, naming them', (_name, startedAt, mine) => {
    const occupant = session('s9', 'c1', 'lan', startedAt);
    expect(decideSignIn({ officer: officer(), counter: desk('c1'), mine, occupant }, NOW)).toEqual({
      ok: false,
      code: 'counter.occupied',
      occupant,
    });
  });
});

describe('a closed counter', () => {
  // The day is the center's (UTC+7): half past midnight there is still the previous day in UTC.
  it.each([
    ['2026-11-25T23:59:00', true],
    ['2026-11-26T00:30:00', 'counter.closed'],
  ])('closed after 2026-11-25, at %s: %s', (now, want) => {
    const counter = desk('c1', 'congan', 'h49', '2026-11-25');
    const decision = decideSignIn({ officer: officer(), counter, mine: null, occupant: null }, at(now));
    expect(decision.ok ? true : decision.code).toBe(want);
  });
});

describe('forgotten sessions and signing out', () => {
  it.each([
    ['2026-11-25T08:00:00', '2026-11-25T23:59:59', false],
    ['2026-11-25T08:00:00', '2026-11-26T00:00:00', true],
    // The day is the UTC+7 day: 06:59 in UTC on the 25th is still the 25th at the center.
    ['2026-11-25T00:30:00', '2026-11-25T23:30:00', false],
  ])('a session from %s is forgotten at %s: %s', (startedAt, now, want) => {
    expect(isForgotten({ startedAt: at(startedAt) }, at(now))).toBe(want);
  });

  it('a session is live (not forgotten) exactly when it started at or after earliestLiveStart', () => {
    const year = { min: at('2026-01-01T00:00:00'), max: at('2027-01-01T00:00:00') };
    fc.assert(
      fc.property(fc.integer(year), fc.integer({ min: 0, max: 3 * 86_400_000 }), (startedAt, elapsed) => {
        const now = startedAt + elapsed;
        expect(isForgotten({ startedAt }, now)).toBe(startedAt < earliestLiveStart(now));
      }),
    );
    expect(earliestLiveStart(at('2026-11-25T00:30:00'))).toBe(at('2026-11-25T00:00:00'));
  });

  it.each([
    ['nothing open: nothing to close', null, null],
    [
      'open since this morning: closed now',
      session('s1', 'c1', 'me', '2026-11-25T07:30:00'),
      { sessionId: 's1', endedAt: NOW },
    ],
    [
      'open since last week: closed at the end of its day',
      session('s1', 'c1', 'me', '2026-11-18T07:30:00'),
      { sessionId: 's1', endedAt: at('2026-11-19T00:00:00') },
    ],
  ] as const)('%s', (_name, mine, want) => {
    expect(decideSignOut(mine, NOW)).toEqual(want);
  });
});

describe('the problems of counters', () => {
  it('an occupied counter names who sits there and since when, in UTC+7', () => {
    const detail = occupiedDetail(7, { fullName: 'Nguyễn Văn An', startedAt: at('2026-11-25T07:05:00') });
    expect(detail.vi).toBe('Quầy số 7 đang có cán bộ Nguyễn Văn An làm việc từ 07:05 ngày 25/11/2026.');
    expect(detail.en).toBe('Counter 7 is taken by Nguyễn Văn An since 07:05 on 2026-11-25.');
  });
});
