import { z } from 'zod';

/**
 * Số định danh cá nhân on the CCCD (Luật Căn cước 2023; structure of TT 07/2016/TT-BCA art. 7): 3
 * digits of the province of birth registration (001–096), a digit of century and sex (0/1 for 1900s
 * men/women, 2/3 for 2000s…), 2 digits of the birth year, 6 random digits.
 */
export const Cccd = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'dossier.cccd_format')
  .refine((s) => !/^\d{12}$/.test(s) || isCccdProvince(s.slice(0, 3)), 'dossier.cccd_province');
export type Cccd = z.infer<typeof Cccd>;

function isCccdProvince(code: string): boolean {
  const n = Number(code);
  return n >= 1 && n <= 96;
}

/** Sex and birth year read from a valid CCCD number (TT 07/2016/TT-BCA art. 7(2)). */
export function cccdFacts(cccd: Cccd): { sex: 'male' | 'female'; birthYear: number } {
  const centuryDigit = Number(cccd[3]);
  return {
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(centuryDigit / 2) * 100 + Number(cccd.slice(4, 6)),
  };
}

/**
 * A Vietnamese mobile number as stored: 10 digits starting 03, 05, 07, 08 or 09 (the mobile prefixes
 * since the 2018 renumbering, QĐ 798/QĐ-BTTTT).
 */
export const MobilePhone = z.string().regex(/^0[35789]\d{8}$/, 'dossier.invalid_phone');
export type MobilePhone = z.infer<typeof MobilePhone>;

/** A typed number in its stored form: spaces, dots, dashes and brackets dropped, `+84`/`84` read as `0`. */
export function normalisePhone(input: string): string {
  const digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`;
  if (/^84\d{9}$/.test(digits)) return `0${digits.slice(2)}`;
  return digits;
}

/** A mobile number as typed on a form (`+84 912 345 678`), normalised to `0912345678`. */
export const MobilePhoneInput = z.string().transform(normalisePhone).pipe(MobilePhone);

/** The last 4 digits, the alternative look-up key with the code (DESIGN §10); null for a malformed number. */
export function phoneLast4(phone: string): string | null {
  const normal = normalisePhone(phone);
  return MobilePhone.safeParse(normal).success ? normal.slice(-4) : null;
}

/** Mã số thuế (TT 105/2020/TT-BTC art. 5): 10 digits for an organisation, 10-3 for a branch or unit. */
export const TaxCode = z
  .string()
  .trim()
  .regex(/^\d{10}(-\d{3})?$/, 'dossier.invalid_tax_code');
export type TaxCode = z.infer<typeof TaxCode>;

export const Email = z.email('dossier.invalid_email').max(254, 'validation.too_long');
export type Email = z.infer<typeof Email>;
