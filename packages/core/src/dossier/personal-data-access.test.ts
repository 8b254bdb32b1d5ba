import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import { logsPersonalDataView, personalDataGround, type PersonalDataView } from './personal-data-access.ts';

const DOSSIER = { agencyId: 'congan', consultations: [{ agencyId: 'tuphap' }] };
const reader = (agencyId: string | null, ...roles: Role[]) => ({ agencyId, roles });

describe('personalDataGround (NĐ 13/2023 art. 27: why an officer read it)', () => {
  it.each([
    ['an officer of the dossier’s agency', reader('congan', 'appraiser'), 'own_agency'],
    ['its agency head', reader('congan', 'agency_head'), 'own_agency'],
    ['an officer of a consulted agency', reader('tuphap', 'appraiser'), 'consultation'],
    ['the director (no agency)', reader(null, 'director'), 'director'],
    ['an officer of another agency', reader('gtvt', 'appraiser'), null],
    ['a citizen', reader(null, 'citizen'), null],
  ] as const)('%s: %s', (_who, r, ground) => {
    expect(personalDataGround(DOSSIER, r)).toBe(ground);
  });
});

describe('logsPersonalDataView', () => {
  it.each([
    ['dossier', false, true],
    ['dossier', true, false],
    ['receipt', true, true],
    ['receipt', false, true],
    ['notice', true, true],
    ['control_sheet', true, true],
    ['ledger', true, true],
  ] as [PersonalDataView, boolean, boolean][])('%s, masked %s: logged %s', (view, masked, logged) => {
    expect(logsPersonalDataView(view, masked)).toBe(logged);
  });
});
