import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import { DELEGATION_MESSAGES } from './delegation-messages.ts';
import { DELEGATION_PROBLEMS } from './delegation-problems.ts';
import type { DelegationPeriod } from './delegate-resolution.ts';
import {
  decideCancel,
  decideDelegation,
  delegationStatus,
  overlaps,
  type DelegationOfficer,
} from './delegation-rules.ts';

const at = (local: string) => Date.parse(`${local}:00+07:00`);
const NOW = at('2026-11-25T09:00');
const officer = (
  id: string,
  roles: Role[] = ['appraiser'],
  more: Partial<DelegationOfficer> = {},
): DelegationOfficer => ({ id, agencyId: 'congan', roles, disabled: false, ...more });
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const delegation = (
  id: string,
  fromUserId: string,
  toUserId: string,
  from: string,
  to: string,
  cancelled: string | null = null,
): DelegationPeriod => ({
  id,
  fromUserId,
  toUserId,
  ...period(from, to),
  cancelledAt: cancelled === null ? null : at(cancelled),
});

const WEEK = period('2026-11-26T00:00', '2026-12-03T00:00');
const decide = (over: Partial<Parameters<typeof decideDelegation>[0]> = {}) =>
  decideDelegation({
    agencyId: 'congan',
    from: officer('a'),
    to: officer('b'),
    period: WEEK,
    existing: [],
    now: NOW,
    ...over,
  });
const outcome = (d: ReturnType<typeof decideDelegation>) => (d.ok ? 'ok' : `${d.code} @${d.field}`);

describe('who may be delegated to whom, and when', () => {
  it.each([
    ['an appraiser to another appraiser', {}, 'ok'],
    ['an unknown absent officer', { from: null }, 'delegation.officer_not_found @fromUserId'],
    ['to an unknown officer', { to: null }, 'delegation.officer_not_found @toUserId'],
    [
      "another agency's officer as absent",
      { from: officer('a', ['appraiser'], { agencyId: 'tuphap' }) },
      'delegation.other_agency @fromUserId',
    ],
    [
      "to another agency's officer",
      { to: officer('b', ['appraiser'], { agencyId: 'tuphap' }) },
      'delegation.other_agency @toUserId',
    ],
    [
      'to an officer without an agency (a director)',
      { to: officer('b', ['appraiser'], { agencyId: null }) },
      'delegation.other_agency @toUserId',
    ],
    ['to oneself', { to: officer('a') }, 'delegation.to_self @toUserId'],
    [
      'to a disabled account',
      { to: officer('b', ['appraiser'], { disabled: true }) },
      'delegation.delegate_disabled @toUserId',
    ],
    [
      'a period ending when it starts',
      { period: period('2026-11-26T00:00', '2026-11-26T00:00') },
      'delegation.period_reversed @endsAt',
    ],
    [
      'a period ending before it starts',
      { period: period('2026-11-27T00:00', '2026-11-26T00:00') },
      'delegation.period_reversed @endsAt',
    ],
    [
      'a period already over',
      { period: period('2026-11-20T00:00', '2026-11-25T09:00') },
      'delegation.period_over @endsAt',
    ],
    ['a period begun this morning, still running', { period: period('2026-11-25T07:30', '2026-11-26T00:00') }, 'ok'],
    ['an appraiser to an approver', { to: officer('b', ['approver']) }, 'delegation.roles_missing @toUserId'],
    [
      'an appraiser-approver to an appraiser',
      { from: officer('a', ['appraiser', 'approver']) },
      'delegation.roles_missing @toUserId',
    ],
    ['an appraiser to an appraiser-approver', { to: officer('b', ['appraiser', 'approver']) }, 'ok'],
    ['a counter officer to an appraiser', { from: officer('a', ['counter']) }, 'delegation.roles_missing @toUserId'],
    // The head's own role is not dossier work of its own: their transitions are open to any head.
    ['a head to an appraiser', { from: officer('a', ['agency_head']) }, 'ok'],
    [
      'an appraiser to the head (who holds no appraiser role)',
      { to: officer('b', ['agency_head']) },
      'delegation.roles_missing @toUserId',
    ],
  ] as const)('%s: %s', (_name, over, want) => {
    expect(outcome(decide(over))).toBe(want);
  });

  it('names the roles the delegate lacks, in both languages', () => {
    const d = decide({ from: officer('a', ['counter', 'appraiser', 'approver']), to: officer('b', ['appraiser']) });
    expect(d.ok ? null : d.detail).toEqual({
      vi: 'Người nhận ủy quyền cần có vai trò: tiếp nhận hồ sơ, phê duyệt.',
      en: 'The delegate needs the roles: reception, approval.',
    });
  });
});

describe('one delegate per officer at any instant', () => {
  it.each([
    [
      'the same week',
      [delegation('d1', 'a', 'c', '2026-11-26T00:00', '2026-12-03T00:00')],
      'delegation.overlap @startsAt',
    ],
    [
      'a period straddling its start',
      [delegation('d1', 'a', 'c', '2026-11-20T00:00', '2026-11-26T08:00')],
      'delegation.overlap @startsAt',
    ],
    [
      'a period inside it',
      [delegation('d1', 'a', 'c', '2026-11-28T00:00', '2026-11-29T00:00')],
      'delegation.overlap @startsAt',
    ],
    [
      'a period ending as it starts (half-open)',
      [delegation('d1', 'a', 'c', '2026-11-20T00:00', '2026-11-26T00:00')],
      'ok',
    ],
    ['a period starting as it ends', [delegation('d1', 'a', 'c', '2026-12-03T00:00', '2026-12-10T00:00')], 'ok'],
    [
      'a cancelled one, cancelled before the week',
      [delegation('d1', 'a', 'c', '2026-11-20T00:00', '2026-12-10T00:00', '2026-11-24T10:00')],
      'ok',
    ],
    [
      'a cancelled one, still running into the week',
      [delegation('d1', 'a', 'c', '2026-11-20T00:00', '2026-12-10T00:00', '2026-11-27T10:00')],
      'delegation.overlap @startsAt',
    ],
    ["another officer's in the same week", [delegation('d1', 'c', 'b', '2026-11-26T00:00', '2026-12-03T00:00')], 'ok'],
    [
      'the delegate absent too (a chain, A→B→C)',
      [delegation('d1', 'b', 'c', '2026-11-27T00:00', '2026-11-28T00:00')],
      'ok',
    ],
  ] as const)('with %s: %s', (_name, existing, want) => {
    expect(outcome(decide({ existing }))).toBe(want);
  });

  it('tells the period already taken, in UTC+7', () => {
    const d = decide({ existing: [delegation('d1', 'a', 'c', '2026-11-20T00:00', '2026-11-26T08:00')] });
    expect(d.ok ? null : d.detail?.vi).toBe(
      'Cán bộ đã được ủy quyền từ 00:00 ngày 20/11/2026 đến 08:00 ngày 26/11/2026.',
    );
  });
});

describe('no loop of delegations', () => {
  it.each([
    [
      'B→A over the whole week',
      [delegation('d1', 'b', 'a', '2026-11-26T00:00', '2026-12-03T00:00')],
      'delegation.loop @toUserId',
    ],
    [
      'B→A for one hour in the middle',
      [delegation('d1', 'b', 'a', '2026-11-30T10:00', '2026-11-30T11:00')],
      'delegation.loop @toUserId',
    ],
    [
      'B→C→A for one day',
      [
        delegation('d1', 'b', 'c', '2026-11-29T00:00', '2026-11-30T00:00'),
        delegation('d2', 'c', 'a', '2026-11-29T12:00', '2026-12-05T00:00'),
      ],
      'delegation.loop @toUserId',
    ],
    [
      'B→C and C→A never at once',
      [
        delegation('d1', 'b', 'c', '2026-11-26T00:00', '2026-11-27T00:00'),
        delegation('d2', 'c', 'a', '2026-11-27T00:00', '2026-12-05T00:00'),
      ],
      'ok',
    ],
    ['B→A after the week', [delegation('d1', 'b', 'a', '2026-12-03T00:00', '2026-12-05T00:00')], 'ok'],
    [
      'B→A cancelled before the week',
      [delegation('d1', 'b', 'a', '2026-11-20T00:00', '2026-12-05T00:00', '2026-11-25T08:00')],
      'ok',
    ],
  ] as const)('with %s: %s', (_name, existing, want) => {
    expect(outcome(decide({ existing }))).toBe(want);
  });
});

describe('overlaps', () => {
  it('never counts a period emptied by its cancellation', () => {
    const emptied = delegation('d1', 'a', 'b', '2026-11-28T00:00', '2026-11-30T00:00', '2026-11-27T00:00');
    expect(overlaps(emptied, delegation('d2', 'a', 'c', '2026-11-26T00:00', '2026-12-03T00:00'))).toBe(false);
  });
});

describe('status and cancellation', () => {
  const d = delegation('d1', 'a', 'b', '2026-11-26T00:00', '2026-12-03T00:00');
  it.each([
    ['before it starts', d, '2026-11-25T09:00', 'scheduled', 'ok'],
    ['while it runs', d, '2026-11-27T09:00', 'active', 'ok'],
    ['at its end', d, '2026-12-03T00:00', 'ended', 'delegation.already_ended'],
    [
      'once cancelled',
      { ...d, cancelledAt: at('2026-11-27T09:00') },
      '2026-11-28T09:00',
      'cancelled',
      'delegation.already_cancelled',
    ],
  ] as const)('%s: %s, cancel → %s', (_name, it_, now, status, cancel) => {
    expect(delegationStatus(it_, at(now))).toBe(status);
    const c = decideCancel(it_, at(now));
    expect(c.ok ? 'ok' : c.code).toBe(cancel);
  });
});

describe('problems', () => {
  it('refuses with 422 and the same words as the field message', () => {
    for (const [code, text] of Object.entries(DELEGATION_MESSAGES))
      expect(DELEGATION_PROBLEMS[code as keyof typeof DELEGATION_MESSAGES]).toEqual({ status: 422, title: text });
    expect(DELEGATION_PROBLEMS['delegation.not_found'].status).toBe(404);
  });
});
