import { describe, expect, it } from 'vitest';
import { applicantFromForm, submitterFromForm, type ProfileDefaults } from './online-applicant.ts';

const PROFILE: ProfileDefaults = {
  fullName: 'Nguyễn Thị Mai Anh',
  cccd: '022195001234',
  phone: '0912345678',
  email: 'mai@example.com',
  address: 'Phường Hồng Gai',
};
const NONE: ProfileDefaults = { fullName: '', cccd: null, phone: null, email: null, address: null };

describe("the dossier's applicant and submitter from the online form (DESIGN §6, §15)", () => {
  it('takes what the form gives, the profile filling what it lacks', () => {
    expect(applicantFromForm({ fullName: 'Lê Văn B', phone: '0987 654 321' }, PROFILE)).toEqual({
      kind: 'person',
      fullName: 'Lê Văn B',
      cccd: '022195001234',
      phone: '0987654321',
      email: 'mai@example.com',
      address: 'Phường Hồng Gai',
    });
  });

  it('is an organisation when the form names one, with its tax code and representative', () => {
    const values = { organisationName: 'Công ty A', taxCode: '5700100256', representative: 'Trần C' };
    expect(applicantFromForm(values, PROFILE)).toEqual({
      kind: 'organisation',
      name: 'Công ty A',
      taxCode: '5700100256',
      representative: 'Trần C',
      phone: '0912345678',
      email: 'mai@example.com',
      address: 'Phường Hồng Gai',
    });
    expect(applicantFromForm({ organisationName: 'Công ty A', taxCode: '5700100256' }, PROFILE)).toBeNull();
  });

  it.each([
    ['no phone anywhere', { fullName: 'A', cccd: '022195001234', address: 'X' }],
    ['no address', { fullName: 'A', cccd: '022195001234', phone: '0912345678' }],
    ['no identity number', { fullName: 'A', address: 'X', phone: '0912345678' }],
    ['blank name', { fullName: '  ', cccd: '022195001234', address: 'X', phone: '0912345678' }],
  ])('is incomplete with %s', (_, values) => {
    expect(applicantFromForm(values, NONE)).toBeNull();
  });

  it('has an authorised submitter only when someone else submits, with every detail', () => {
    const other = {
      submittedByOther: 'yes',
      submitterName: 'Phạm D',
      submitterCccd: '022195005678',
      submitterPhone: '0913 000 111',
      authorisationNumber: '12/UQ',
      authorisationDate: '2026-12-01',
    };
    expect(submitterFromForm(other)).toEqual({
      fullName: 'Phạm D',
      cccd: '022195005678',
      phone: '0913000111',
      authorisation: { documentNumber: '12/UQ', date: '2026-12-01', note: null },
    });
    expect(submitterFromForm({ ...other, submittedByOther: 'no' })).toBeNull();
    expect(submitterFromForm({ ...other, authorisationNumber: '' })).toBeNull();
  });
});
