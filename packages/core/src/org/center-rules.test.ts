import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAgencyEnd, decideEnd, decideNewCenter } from './center-rules.ts';

const none = { codeTaken: false, openProvinceCenter: false, parent: null };
const openParent = { ...none, parent: { validFrom: '2015-01-01', validTo: null } };

describe('a new center (DESIGN §13)', () => {
  // The expected outcomes written out by hand: level, first day, parent given, what exists → code or field.
  it.each([
    ['province', '2015-01-01', null, none, 'ok'],
    ['province', '2026-01-01', null, { ...none, openProvinceCenter: true }, 'org.province_center_exists'],
    ['province', '2026-01-01', null, { ...none, codeTaken: true }, 'org.center_code_taken'],
    ['province', '2026-01-01', 'H49', openParent, 'parentCode:org.province_has_no_parent'],
    ['district', '2015-01-01', null, none, 'org.parent_required'],
    ['district', '2015-01-01', 'H49', openParent, 'ok'],
    ['district', '2025-06-30', 'H49', openParent, 'ok'],
    ['district', '2025-07-01', 'H49', openParent, 'validFrom:org.district_ended'],
    ['commune', '2025-06-30', 'H49', openParent, 'validFrom:org.commune_not_yet'],
    ['commune', '2025-07-01', 'H49', openParent, 'ok'],
    ['commune', '2025-07-01', null, none, 'org.parent_required'],
    ['commune', '2025-07-01', 'X01', none, 'parentCode:org.parent_not_found'],
    [
      'commune',
      '2025-07-01',
      'H49',
      { ...none, parent: { validFrom: '2015-01-01', validTo: '2025-06-30' } },
      'parentCode:org.parent_not_in_force',
    ],
  ] as const)('%s from %s, parent %s → %s', (level, validFrom, parentCode, existing, expected) => {
    const decision = decideNewCenter({ level, validFrom, parentCode }, existing);
    const got = decision.ok
      ? 'ok'
      : 'errors' in decision
        ? `${decision.errors[0]!.path}:${decision.errors[0]!.message}`
        : decision.code;
    expect(got).toBe(expected);
  });

  it.each([
    ['000.30.36.H49', 'ok'],
    ['H50', 'code:org.branch_code_format'],
  ])('a commune center coded %s → %s (its dossier codes begin with it)', (code, expected) => {
    const decision = decideNewCenter(
      { code, level: 'commune', validFrom: '2025-07-01', parentCode: 'H49' },
      openParent,
    );
    expect(
      decision.ok
        ? 'ok'
        : 'errors' in decision
          ? `${decision.errors[0]!.path}:${decision.errors[0]!.message}`
          : decision.code,
    ).toBe(expected);
  });
});

describe('ending a center, an agency or a counter (closed, never deleted)', () => {
  it.each([
    [{ validFrom: '2020-01-01', validTo: null }, '2020-01-01', true],
    [{ validFrom: '2020-01-01', validTo: null }, '2019-12-31', false],
    [{ validFrom: '2020-01-01', validTo: '2024-12-31' }, '2025-12-31', false],
  ] as const)('%o ended on %s → %s', (period, validTo, ok) => {
    expect(decideEnd(period, validTo).ok).toBe(ok);
  });

  it('ends an open period exactly when the last day is on or after its first', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const from = a.toISOString().slice(0, 10);
        const to = b.toISOString().slice(0, 10);
        expect(decideEnd({ validFrom: from, validTo: null }, to).ok).toBe(to >= from);
      }),
    );
  });
});

describe('an agency merged into its successor (DESIGN §4)', () => {
  const ending = { id: 'a', validFrom: '2015-01-01', validTo: null };
  it.each([
    [undefined, 'ok'],
    [{ id: 'b', validFrom: '2015-01-01', validTo: null }, 'ok'],
    [{ id: 'b', validFrom: '2025-07-01', validTo: null }, 'ok'],
    [{ id: 'b', validFrom: '2025-07-02', validTo: null }, 'successor:org.successor_not_in_force'],
    [{ id: 'b', validFrom: '2015-01-01', validTo: '2025-06-30' }, 'successor:org.successor_not_in_force'],
    [{ id: 'a', validFrom: '2015-01-01', validTo: null }, 'successor:org.successor_not_in_force'],
    [null, 'successor:org.successor_not_found'],
  ] as const)('successor %o → %s', (successor, expected) => {
    const decision = decideAgencyEnd(ending, '2025-06-30', successor);
    const got = decision.ok ? 'ok' : 'errors' in decision ? `successor:${decision.errors[0]!.message}` : decision.code;
    expect(got).toBe(expected);
  });

  it('refuses an end before the agency began, whatever the successor', () => {
    expect(decideAgencyEnd(ending, '2014-12-31', undefined)).toEqual({ ok: false, code: 'org.period_invalid' });
  });
});
