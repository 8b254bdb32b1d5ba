import { describe, expect, it } from 'vitest';
import { Applicant, ApplicantInput, ApplicantView, applicantName } from './applicant.ts';
import { Cccd, cccdFacts, MobilePhone, MobilePhoneInput, phoneLast4, TaxCode } from './identity.ts';
import { maskApplicant, maskCccd, maskEmail, maskName, maskPhone, publicApplicantName } from './masking.ts';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe('CCCD number (TT 07/2016/TT-BCA art. 7)', () => {
  it.each([
    ['001099012345', []],
    ['096203000001', []],
    [' 022185001234 ', []],
    ['000099012345', ['dossier.cccd_province']],
    ['097099012345', ['dossier.cccd_province']],
    ['00109901234', ['dossier.cccd_format']],
    ['0010990123456', ['dossier.cccd_format']],
    ['00109901234a', ['dossier.cccd_format']],
    ['', ['dossier.cccd_format']],
  ])('%j: %j', (input, issues) => {
    expect(messagesOf(Cccd.safeParse(input))).toEqual(issues);
  });

  it.each([
    ['001099012345', 'male', 1999],
    ['001185012345', 'female', 1985],
    ['001205012345', 'male', 2005],
    ['001310012345', 'female', 2010],
  ] as const)('%s: %s born %i', (cccd, sex, birthYear) => {
    expect(cccdFacts(cccd)).toEqual({ sex, birthYear });
  });
});

describe('mobile phone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0312.345.678', '0312345678'],
    ['+84912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(+84) 86-123-4567', '0861234567'],
    ['0512345678', '0512345678'],
    ['0712345678', '0712345678'],
  ])('%j reads %s', (input, want) => {
    expect(MobilePhoneInput.parse(input)).toBe(want);
  });

  it.each(['0212345678', '0612345678', '091234567', '09123456789', '1912345678', '+8491234567', 'abc'])(
    'refuses %j',
    (input) => {
      expect(messagesOf(MobilePhoneInput.safeParse(input))).toEqual(['dossier.invalid_phone']);
    },
  );

  it('stores only the normalised form', () => {
    expect(MobilePhone.safeParse('+84912345678').success).toBe(false);
  });

  it('gives the last 4 digits for the look-up', () => {
    expect(phoneLast4('+84 912 345 678')).toBe('5678');
    expect(phoneLast4('12345')).toBeNull();
  });
});

describe('tax code', () => {
  it.each([
    ['0101234567', true],
    ['0101234567-001', true],
    ['010123456', false],
    ['0101234567-01', false],
    ['0101234567001', false],
  ])('%s: %s', (input, valid) => {
    expect(TaxCode.safeParse(input).success).toBe(valid);
  });
});

const person = {
  kind: 'person',
  fullName: 'Nguyễn Văn An',
  cccd: '022099001234',
  phone: '+84 912 345 678',
  email: 'nguyenvanan@gmail.com',
  address: 'Hạ Long, Quảng Ninh',
} as const;

describe('applicant', () => {
  it('normalises what a form sends', () => {
    expect(ApplicantInput.parse(person)).toEqual({ ...person, phone: '0912345678' });
    expect(Applicant.safeParse(person).success).toBe(false);
  });

  it('takes an organisation with its tax code and representative, e-mail optional', () => {
    const org = {
      kind: 'organisation',
      name: 'Công ty TNHH Hạ Long',
      taxCode: '5701234567',
      representative: 'Trần Thị Bình',
      phone: '0987654321',
      address: 'Hạ Long',
    };
    expect(Applicant.parse(org)).toEqual({ ...org, email: null });
    expect(applicantName(Applicant.parse(org))).toBe('Công ty TNHH Hạ Long');
  });

  it('names the fields that are wrong', () => {
    const result = ApplicantInput.safeParse({ ...person, cccd: '12', phone: '123', email: 'x', fullName: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'fullName:validation.required',
      'cccd:dossier.cccd_format',
      'phone:dossier.invalid_phone',
      'email:dossier.invalid_email',
    ]);
  });
});

describe('masking outside the agency (DESIGN §10)', () => {
  it.each([
    [maskCccd, '022099001234', '022*******34'],
    [maskPhone, '0912345678', '*******678'],
    [maskEmail, 'nguyenvanan@gmail.com', 'n***@gmail.com'],
    [maskName, 'Nguyễn Văn An', 'Nguyễn V. A.'],
    [maskName, '  Lê   Thị  Hồng Nhung ', 'Lê T. H. N.'],
    [maskName, 'Đặng', 'Đặng'],
    [maskName, 'Nguyễn Ánh', 'Nguyễn Á.'],
  ] as const)('%o(%s) = %s', (mask, input, want) => {
    expect(mask(input)).toBe(want);
  });

  it('masks the identity number, phone and e-mail of an applicant, keeping the shape', () => {
    const masked = maskApplicant(Applicant.parse({ ...person, phone: '0912345678' }));
    expect(masked).toMatchObject({
      cccd: '022*******34',
      phone: '*******678',
      email: 'n***@gmail.com',
      fullName: 'Nguyễn Văn An',
    });
    expect(ApplicantView.parse(masked)).toEqual(masked);
    expect(publicApplicantName(masked)).toBe('Nguyễn V. A.');
  });
});
