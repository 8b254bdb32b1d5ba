import { describe, expect, it } from 'vitest';
import { isAllowed } from './access.ts';

describe('isAllowed', () => {
  it.each([
    [{ scope: 'public', roles: [] }, null, true],
    [{ scope: 'authenticated', roles: [] }, null, false],
    [{ scope: 'authenticated', roles: [] }, { roles: ['citizen'] }, true],
    [{ scope: 'all', roles: ['director'] }, { roles: ['counter'] }, false],
    [{ scope: 'all', roles: ['director'] }, { roles: ['counter', 'director'] }, true],
    [{ scope: 'own-agency', roles: ['counter', 'appraiser'] }, { roles: ['appraiser'] }, true],
    [{ scope: 'own-agency', roles: ['counter'] }, null, false],
  ] as const)('%j for %j → %s', (rule, caller, want) => {
    expect(isAllowed({ ...rule, roles: [...rule.roles] }, caller ? { roles: [...caller.roles] } : null)).toBe(want);
  });
});
