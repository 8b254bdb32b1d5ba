import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Role } from '../auth/role.ts';
import { canStandIn, decideDelegation } from './delegation-rules.ts';

const NOW = Date.parse('2026-11-25T09:00:00+07:00');
const HOUR = 3_600_000;
const officer = (id: string, roles: Role[]) => ({ id, agencyId: 'congan', roles, disabled: false });

describe('who may stand in for an absent officer (the delegation form offers only them)', () => {
  // The demo's agency in force (demo-people.ts): four log-ins and a deputy.
  const counter = officer('counter', ['counter']);
  const appraiser = officer('appraiser', ['appraiser']);
  const approver = officer('approver', ['approver']);
  const head = officer('head', ['agency_head']);
  const deputy = officer('deputy', ['counter', 'appraiser', 'approver']);
  const all = [counter, appraiser, approver, head, deputy];

  it.each([
    [counter, [deputy]],
    [appraiser, [deputy]],
    [approver, [deputy]],
    // The head's own work is not dossier work: anyone can take the absence.
    [head, [counter, appraiser, approver, deputy]],
    [deputy, []],
  ])('for $id: %j', (from, want) => {
    expect(all.filter((to) => canStandIn(from, to))).toEqual(want);
  });

  it('is what decideDelegation accepts for two officers of the agency, over a free period', () => {
    const roles = fc.subarray([...Role.options]);
    fc.assert(
      fc.property(roles, roles, fc.boolean(), (fromRoles, toRoles, same) => {
        const from = officer('a', fromRoles);
        const to = same ? from : officer('b', toRoles);
        const decision = decideDelegation({
          agencyId: 'congan',
          from,
          to,
          period: { startsAt: NOW, endsAt: NOW + 8 * HOUR },
          existing: [],
          now: NOW,
        });
        expect(canStandIn(from, to)).toBe(decision.ok);
      }),
    );
  });
});
