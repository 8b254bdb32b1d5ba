import { describe, expect, it } from 'vitest';
import { routeDossier, type RoutingCenter } from './dossier-routing.ts';

const province: RoutingCenter = {
  id: 'p',
  code: 'H49',
  level: 'province',
  effectiveFrom: '2014-03-26',
  effectiveTo: null,
};
const district: RoutingCenter = {
  id: 'd',
  code: '000.20.36.H49',
  level: 'district',
  effectiveFrom: '2015-01-01',
  effectiveTo: '2025-06-30',
};
const commune: RoutingCenter = {
  id: 'c',
  code: '000.30.36.H49',
  level: 'commune',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
};
const congan = { id: 'congan', code: '000.00.01.H49', centerId: 'p' };

describe('routing a dossier by competence (DESIGN §13)', () => {
  it.each([
    [
      'at the province center: the agency numbers it, nothing is routed',
      province,
      '2026-03-02',
      'p',
      '000.00.01.H49',
      false,
    ],
    [
      'at a commune branch: the branch numbers it, routed to the agency',
      commune,
      '2025-07-01',
      'p',
      '000.30.36.H49',
      true,
    ],
    ['at a district center before the reform: the same', district, '2025-06-30', 'p', '000.20.36.H49', true],
  ])('%s', (_, center, day, centerId, unitCode, routed) => {
    expect(routeDossier(center, congan, day)).toEqual({
      ok: true,
      centerId,
      receivedCenterId: center.id,
      unitCode,
      routed,
    });
  });

  it.each([
    ['a district center the day after it closed', district, '2025-07-01'],
    ['a commune branch before it opened', commune, '2025-06-30'],
  ])('%s receives nothing', (_, center, day) => {
    expect(routeDossier(center, congan, day)).toEqual({ ok: false, code: 'org.center_closed' });
  });

  it('an agency of the receiving center itself: received, numbered and worked on in one place', () => {
    const local = { id: 'ubnd', code: '000.31.36.H49', centerId: 'c' };
    expect(routeDossier(commune, local, '2026-01-05')).toMatchObject({
      ok: true,
      centerId: 'c',
      unitCode: '000.31.36.H49',
      routed: false,
    });
  });
});
