import { describe, expect, it } from 'vitest';
import { maskApplicant, masksPersonalData, type PersonalDataReader } from './masking.ts';

const dossier = { agencyId: 'congan', ownerId: 'citizen-1' };

describe('who gets personal data masked (DESIGN §14)', () => {
  // Written out by hand: the dossier's agency and its applicant see it in full, anyone else masked.
  it.each<[string, PersonalDataReader, boolean]>([
    ['an officer of the dossier’s agency', { id: 'officer-1', agencyId: 'congan' }, false],
    ['the applicant signed in', { id: 'citizen-1', agencyId: null }, false],
    ['a consulted agency’s officer', { id: 'officer-2', agencyId: 'sotuphap' }, true],
    ['the director, of no agency', { id: 'director', agencyId: null }, true],
    ['another citizen', { id: 'citizen-2', agencyId: null }, true],
    ['the receipt’s first print, whoever prints it', { id: 'director', agencyId: null, applicantCopy: true }, false],
    ['a reprint outside the agency', { id: 'director', agencyId: null, applicantCopy: false }, true],
    ['a reprint inside the agency', { id: 'officer-1', agencyId: 'congan', applicantCopy: false }, false],
  ])('%s → masked %s', (_, reader, masked) => {
    expect(masksPersonalData(dossier, reader)).toBe(masked);
  });

  it('a dossier received at the counter has no owner: no reader without an agency matches it', () => {
    expect(masksPersonalData({ agencyId: 'congan', ownerId: null }, { id: 'citizen-1', agencyId: null })).toBe(true);
  });

  it('masks what identifies a person, keeps what the form needs to address them', () => {
    const person = {
      kind: 'person',
      fullName: 'Trần Thị Bích Ngọc',
      cccd: '022195012345',
      phone: '0912345678',
      email: 'ngoc@example.vn',
      address: 'Phường Hồng Gai',
    } as const;
    expect(maskApplicant(person)).toEqual({
      ...person,
      cccd: '022*******45',
      phone: '*******678',
      email: 'n***@example.vn',
    });
  });
});
