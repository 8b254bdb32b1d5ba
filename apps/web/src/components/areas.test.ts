import { describe, expect, it } from 'vitest';
import type { Me, Role } from '@motcua/core';
import { areaByKey, areaOfPath, areasFor, canEnter, homePathFor, landingPathFor } from './areas.ts';

const officer = (roles: Role[], agency: Me['agency'] = null): Me => ({
  id: 'u1',
  username: 'someone',
  fullName: 'Nguyễn Văn An',
  roles,
  agency,
  center: { code: '000.30.01.H49', name: 'Chi nhánh tại phường Bãi Cháy' },
  mustChangePassword: false,
});
const menuOf = (me: Me) => areasFor(me).map((area) => area.key);

describe('the areas of a center’s director (DESIGN §13)', () => {
  const director = officer(['center_director']);

  it('lists their center’s dossiers and the resolution report, not the dashboard, the ledger nor the admin', () => {
    expect(menuOf(director)).toEqual([
      'portal',
      'catalog',
      'lookup',
      'statistics',
      'calendar',
      'processing',
      'resolution',
    ]);
    expect(canEnter(areaByKey('dossiers'), director)).toBe(true);
    expect(canEnter(areaByKey('operations'), director)).toBe(false);
    expect(canEnter(areaByKey('reports'), director)).toBe(false);
    expect(canEnter(areaByKey('admin'), director)).toBe(false);
    expect(homePathFor(director)).toBe('/processing');
  });

  it('lights the resolution report in their menu on its page, where the director’s lights the operations area', () => {
    const page = '/operations/reports/resolution';
    expect(areaOfPath(page, areasFor(director))?.key).toBe('resolution');
    expect(areaOfPath(page, areasFor(officer(['director'])))?.key).toBe('operations');
    // A log-in asked from the page is judged by the page's own area, which the director of a center may enter.
    expect(areaOfPath(page)?.key).toBe('resolution');
    expect(areaOfPath('/operations/reports/national-index')?.key).toBe('reports');
  });

  it('leaves the province’s director’s menu as it was: the report is reached from the operations area', () => {
    const province = officer(['director']);
    expect(menuOf(province)).toEqual(['portal', 'catalog', 'lookup', 'statistics', 'calendar', 'operations']);
    expect(canEnter(areaByKey('resolution'), province)).toBe(true);
    expect(canEnter(areaByKey('reports'), province)).toBe(true);
  });

  it('keeps a branch’s counter at reception', () => {
    expect(homePathFor(officer(['counter']))).toBe('/reception');
    expect(canEnter(areaByKey('resolution'), officer(['counter']))).toBe(false);
  });
});

describe('a citizen’s areas (DESIGN §15)', () => {
  const citizen: Me = { ...officer(['citizen']), username: 'congdan.0001', center: null };

  it('lands on their dossiers, never on an officers’ area', () => {
    expect(homePathFor(citizen)).toBe('/ho-so-cua-toi');
    expect(menuOf(citizen)).toEqual([
      'portal',
      'online',
      'store',
      'account',
      'catalog',
      'lookup',
      'statistics',
      'calendar',
    ]);
    expect(canEnter(areaByKey('dossiers'), citizen)).toBe(false);
  });

  it('returns to the account page that sent them to sign in, not to an officer’s page', () => {
    expect(landingPathFor(citizen, '/tai-khoan')).toBe('/tai-khoan');
    expect(landingPathFor(citizen, '/nop-truc-tuyen/1.000001?nhap=x')).toBe('/nop-truc-tuyen/1.000001?nhap=x');
    expect(landingPathFor(citizen, '/reception')).toBe('/ho-so-cua-toi');
    expect(landingPathFor(officer(['counter']), '/tai-khoan')).toBe('/reception');
  });

  it('sends the signed-out to the citizens’ sign-in page from their account, to the officers’ elsewhere', () => {
    expect(areaByKey('account').signInPath).toBe('/dang-nhap');
    expect(areaByKey('reception').signInPath).toBeUndefined();
    expect(canEnter(areaByKey('account'), officer(['director']))).toBe(false);
  });
});
