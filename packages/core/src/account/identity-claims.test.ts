import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_PORTAL_CLAIMS, readBirthDate, readIdentityClaims } from './identity-claims.ts';

describe('readBirthDate', () => {
  it.each([
    ['the portal’s dd/MM/yyyy', '01/02/2003', '2003-02-01'],
    ['ISO', '2003-02-01', '2003-02-01'],
    ['an ISO instant keeps its date', '2003-02-01T00:00:00Z', '2003-02-01'],
    ['yyyyMMdd', '20030201', '2003-02-01'],
    ['spaces around', ' 29/02/2004 ', '2004-02-29'],
    ['no 29 February in 2003', '29/02/2003', null],
    ['month 13', '01/13/2003', null],
    ['US order is not guessed', '02/31/2003', null],
    ['two-digit year', '01/02/03', null],
    ['empty', '', null],
    ['a number', 20030201, null],
    ['absent', undefined, null],
  ])('%s: %j → %j', (_why, value, expected) => {
    expect(readBirthDate(value)).toBe(expected);
  });

  it('reads back every date it is given in the portal’s form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(readBirthDate(`${day}/${m}/${y}`)).toBe(iso);
      }),
    );
  });
});

describe('readIdentityClaims', () => {
  const claims = { sub: 'x', SoDinhDanh: '001203000001', HoVaTen: 'Nguyễn Văn A', NgayThangNamSinh: '01/02/2003' };

  it.each([
    [
      'the national portal’s claims',
      claims,
      { identityNumber: '001203000001', fullName: 'Nguyễn Văn A', birthDate: '2003-02-01' },
    ],
    [
      'a name’s spaces are tidied, the number’s trimmed',
      { ...claims, SoDinhDanh: ' 001203000001 ', HoVaTen: '  Nguyễn   Văn  A ' },
      { identityNumber: '001203000001', fullName: 'Nguyễn Văn A', birthDate: '2003-02-01' },
    ],
    [
      'a number sent as a JSON number gets its leading zeros back',
      { ...claims, SoDinhDanh: 1203000001 },
      { identityNumber: '001203000001', fullName: 'Nguyễn Văn A', birthDate: '2003-02-01' },
    ],
    [
      'a missing or malformed birth date is only left out',
      { ...claims, NgayThangNamSinh: 'hôm qua' },
      { identityNumber: '001203000001', fullName: 'Nguyễn Văn A', birthDate: null },
    ],
    ['no number', { ...claims, SoDinhDanh: undefined }, null],
    ['eleven digits', { ...claims, SoDinhDanh: '00120300000' }, null],
    ['letters', { ...claims, SoDinhDanh: '00120300000X' }, null],
    ['no province 000', { ...claims, SoDinhDanh: '000203000001' }, null],
    ['no province 097', { ...claims, SoDinhDanh: '097203000001' }, null],
    ['no name', { ...claims, HoVaTen: '' }, null],
    ['a blank name', { ...claims, HoVaTen: '   ' }, null],
    ['a name that is not text', { ...claims, HoVaTen: ['Nguyễn'] }, null],
  ])('%s', (_why, given, expected) => {
    expect(readIdentityClaims(given)).toEqual(expected);
  });

  it('reads the claims a province maps, and only those', () => {
    const mapping = { identityNumber: 'pid', fullName: 'name', birthDate: 'birthdate' };
    const other = { pid: '001203000001', name: 'Lê B', birthdate: '2003-02-01' };
    expect(readIdentityClaims(other, mapping)).toEqual({
      identityNumber: '001203000001',
      fullName: 'Lê B',
      birthDate: '2003-02-01',
    });
    expect(readIdentityClaims(other, NATIONAL_PORTAL_CLAIMS)).toBeNull();
    expect(readIdentityClaims(claims, mapping)).toBeNull();
  });
});
