import { describe, expect, it } from 'vitest';
import type { CitizenProfile, FormField } from '@motcua/core';
import {
  fieldIssue,
  formatFee,
  initialOnlineValues,
  myDossierKey,
  onlineFormOf,
  supplementRequestOf,
} from './online-values.ts';

const profile: CitizenProfile = {
  username: 'congdan.0009',
  email: 'binh@example.vn',
  emailVerified: true,
  fullName: 'Trần Thị Bình',
  cccd: '001190004321',
  phone: '0987654321',
  birthDate: '1990-02-03',
  address: null,
  identityVerified: false,
  identityVerifiedAt: null,
  hasPassword: true,
  createdAt: '2026-12-01T08:00:00+07:00',
};

const field = (name: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  name,
  label: name,
  type,
  required: false,
  ...extra,
});

const fields: FormField[] = [
  field('fullName', 'text', { required: true }),
  field('cccd', 'cccd', { required: true }),
  field('birthDate', 'date'),
  field('address', 'textarea', { required: true }),
  field('kind', 'select', {
    options: [
      { value: 'person', label: 'Cá nhân' },
      { value: 'org', label: 'Tổ chức' },
    ],
  }),
  field('organisationName', 'text', { required: true, visibleWhen: { field: 'kind', equals: 'org' } }),
  field('cccdCopy', 'file', { required: true }),
  field('plot', 'text', { pattern: '^[0-9]+$', maxLength: 5 }),
];

describe('the form prefilled from the profile', () => {
  it('fills the declared applicant fields the profile has, and nothing else', () => {
    expect(initialOnlineValues(fields, profile, null)).toEqual({
      fields: { fullName: 'Trần Thị Bình', cccd: '001190004321', birthDate: '1990-02-03' },
    });
  });

  it("keeps a draft's saved values over the profile's, and the profile fills what the draft lacks", () => {
    const saved = { fields: { fullName: 'Trần Bình', cccdCopy: 'a,b' }, documents: [] };
    expect(initialOnlineValues(fields, profile, saved).fields).toEqual({
      fullName: 'Trần Bình',
      cccd: '001190004321',
      birthDate: '1990-02-03',
      cccdCopy: 'a,b',
    });
  });

  it('prefills nothing without a profile', () => {
    expect(initialOnlineValues(fields, undefined, null)).toEqual({ fields: {} });
  });
});

describe('the values sent', () => {
  it('trims, leaves out empty values and drops a hidden conditional field', () => {
    const values = { fields: { fullName: '  An ', cccd: '', kind: 'person', organisationName: 'Công ty A' } };
    expect(onlineFormOf(fields, values)).toEqual({ fields: { fullName: 'An', kind: 'person' }, documents: [] });
  });

  it('keeps a conditional field while its condition holds', () => {
    const values = { fields: { kind: 'org', organisationName: 'Công ty A' } };
    expect(onlineFormOf(fields, values).fields).toEqual({ kind: 'org', organisationName: 'Công ty A' });
  });
});

describe("a field's issue, judged as the server judges a submission", () => {
  const values = { fields: { fullName: 'An', cccd: '12345', address: '', kind: 'org', plot: '12a' } };

  it.each([
    ['fullName', null],
    ['cccd', 'Giá trị không hợp lệ'],
    ['address', 'Vui lòng nhập thông tin này'],
    ['organisationName', 'Vui lòng nhập thông tin này'],
    ['cccdCopy', 'Vui lòng đính kèm giấy tờ này'],
    ['plot', 'Giá trị không hợp lệ'],
  ])('%s → %s', (name, message) => {
    expect(fieldIssue(fields, values, name, 'vi')).toBe(message);
  });

  it('does not ask for a hidden conditional field', () => {
    expect(fieldIssue(fields, { fields: { kind: 'person' } }, 'organisationName', 'vi')).toBeNull();
  });

  it('words the issue in English too, and accepts a picked store document', () => {
    expect(fieldIssue(fields, { fields: {} }, 'cccdCopy', 'en')).toBe('Please attach this document');
    expect(fieldIssue(fields, { fields: { cccdCopy: '0b7e…' } }, 'cccdCopy', 'en')).toBeNull();
  });
});

describe('the supplement, the fee and the row key', () => {
  it('sends each picked document once, and no empty note', () => {
    expect(supplementRequestOf({ 0: ['a', 'b'], 1: ['b', 'c'] }, '  ')).toEqual({
      fields: {},
      documents: ['a', 'b', 'c'],
      note: null,
    });
    expect(supplementRequestOf({}, ' Đã bổ sung ').note).toBe('Đã bổ sung');
  });

  it('writes the fee as Vietnamese and English readers expect', () => {
    expect(formatFee(50000, 'vi')).toBe('50.000 đ');
    expect(formatFee(1250000, 'en')).toBe('1,250,000 VND');
  });

  it('keys a dossier by its code, a draft by its id', () => {
    expect(myDossierKey({ id: 'x', code: 'ABC' })).toBe('ABC');
    expect(myDossierKey({ id: 'x', code: null })).toBe('x');
  });
});
