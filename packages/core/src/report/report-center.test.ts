import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import { reportCenterFor } from './resolution-report.ts';

const reader = (roles: Role[], centerCode: string | null = '000.30.36.H49') => ({ roles, centerCode });

describe('whose figures a reader may ask for (DESIGN §13)', () => {
  it.each([
    [
      "the province's director, the whole province",
      reader(['director'], 'H49'),
      undefined,
      { ok: true, center: undefined },
    ],
    [
      "the province's director, any center",
      reader(['director'], 'H49'),
      '000.30.36.H49',
      { ok: true, center: '000.30.36.H49' },
    ],
    [
      "a center's director, asking nothing: their center",
      reader(['center_director']),
      undefined,
      { ok: true, center: '000.30.36.H49' },
    ],
    [
      "a center's director, their own center",
      reader(['center_director']),
      '000.30.36.H49',
      { ok: true, center: '000.30.36.H49' },
    ],
    ["a center's director, another center", reader(['center_director']), 'H49', { ok: false, code: 'auth.forbidden' }],
    [
      "a center's director without a center",
      reader(['center_director'], null),
      undefined,
      { ok: false, code: 'auth.forbidden' },
    ],
    ['an agency head', reader(['agency_head']), undefined, { ok: false, code: 'auth.forbidden' }],
  ])('%s', (_, r, requested, expected) => {
    expect(reportCenterFor(r, requested)).toEqual(expected);
  });
});
