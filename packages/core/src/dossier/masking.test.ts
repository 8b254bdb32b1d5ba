import { describe, expect, it } from 'vitest';
import { Applicant } from './applicant.ts';
import { maskApplicant, masksPersonalData, partiesFor, type PersonalDataReader } from './masking.ts';

const dossier = { agencyId: 'congan', ownerId: 'citizen-1', receivedCenterId: 'commune-a' };

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
    ['the receiving branch’s officer (DESIGN §13)', { id: 'b-1', agencyId: null, branchId: 'commune-a' }, false],
    ['another branch’s officer', { id: 'b-2', agencyId: null, branchId: 'commune-b' }, true],
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

describe('partiesFor: the one decision applied to every party of a dossier (issue 15 item 4)', () => {
  const applicant = Applicant.parse({
    kind: 'person',
    fullName: 'Trần Thị Bích Ngọc',
    cccd: '022195012345',
    phone: '0912345678',
    email: 'ngoc.tran@example.vn',
    address: 'Hạ Long',
  });
  const submitter = {
    fullName: 'Trần Văn Ba',
    cccd: '022090054321',
    phone: '0987654321',
    authorisation: { documentNumber: '12/UQ', date: '2026-11-20', note: null },
  };

  it('the own agency gets both parties as stored', () => {
    expect(partiesFor(dossier, { id: 'officer-1', agencyId: 'congan' }, { applicant, submitter })).toEqual({
      masked: false,
      applicant,
      submitter,
    });
  });

  it('anyone else gets the identity number, phone and e-mail of both masked', () => {
    const seen = partiesFor(dossier, { id: 'director', agencyId: null }, { applicant, submitter });
    expect(seen.masked).toBe(true);
    expect(seen.applicant).toMatchObject({ cccd: '022*******45', phone: '*******678', email: 'n***@example.vn' });
    expect(seen.submitter).toMatchObject({ cccd: '022*******21', phone: '*******321', fullName: 'Trần Văn Ba' });
    expect(JSON.stringify(seen)).not.toMatch(/022195012345|0912345678|ngoc\.tran|022090054321|0987654321/);
  });

  it('no submitter stays none', () => {
    expect(
      partiesFor(dossier, { id: 'director', agencyId: null }, { applicant, submitter: null }).submitter,
    ).toBeNull();
  });
});
