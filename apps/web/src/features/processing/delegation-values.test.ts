import { describe, expect, it } from 'vitest';
import { CreateDelegationRequest } from '@motcua/core';
import { agencyRoles, standInChoices, toDelegationRequest } from './delegation-values.ts';

const FROM = '6f1c2b7e-8d4a-4c3b-9a1e-2f5d7c9b0a11';
const TO = '0a9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d22';

describe('toDelegationRequest', () => {
  it('sends the period typed in Hà Nội time and the reason trimmed', () => {
    const request = toDelegationRequest({
      fromUserId: FROM,
      toUserId: TO,
      startsAt: '2026-03-09T07:30',
      endsAt: '2026-03-13T17:00',
      reason: '  Nghỉ phép năm ',
    });
    expect(request).toEqual({
      fromUserId: FROM,
      toUserId: TO,
      startsAt: '2026-03-09T07:30:00+07:00',
      endsAt: '2026-03-13T17:00:00+07:00',
      reason: 'Nghỉ phép năm',
    });
    const parsed = CreateDelegationRequest.parse(request);
    expect([parsed.startsAt, parsed.endsAt]).toEqual([Date.UTC(2026, 2, 9, 0, 30), Date.UTC(2026, 2, 13, 10, 0)]);
  });

  it('sends an empty form as empty texts, for the server to name each field', () => {
    expect(toDelegationRequest({})).toEqual({ fromUserId: '', toUserId: '', startsAt: '', endsAt: '', reason: '' });
  });
});

describe('agencyRoles', () => {
  it.each([
    [['appraiser', 'admin'], ['appraiser']],
    [
      ['approver', 'counter', 'director'],
      ['counter', 'approver'],
    ],
    [['citizen'], []],
  ] as const)('keeps of %j the dossier roles %j, in their usual order', (roles, expected) => {
    expect(agencyRoles(roles)).toEqual(expected);
  });
});

describe('standInChoices', () => {
  // An agency of the demo: its four log-ins and the deputy who receives, appraises and approves.
  const officers = [
    { id: 'counter', roles: ['counter'] },
    { id: 'appraiser', roles: ['appraiser'] },
    { id: 'approver', roles: ['approver'] },
    { id: 'head', roles: ['agency_head'] },
    { id: 'deputy', roles: ['counter', 'appraiser', 'approver'] },
    { id: 'clerk', roles: ['counter', 'appraiser'] },
  ] as const;
  it.each([
    [undefined, ['counter', 'appraiser', 'approver', 'head', 'deputy', 'clerk']],
    ['counter', ['deputy', 'clerk']],
    ['appraiser', ['deputy', 'clerk']],
    ['approver', ['deputy']],
    ['clerk', ['deputy']],
    ['deputy', []],
    ['head', ['counter', 'appraiser', 'approver', 'deputy', 'clerk']],
  ])('for %s offers %j', (fromId, want) => {
    expect(standInChoices(officers, fromId).map((o) => o.id)).toEqual(want);
  });
});
