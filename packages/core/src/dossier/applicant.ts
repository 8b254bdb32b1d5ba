import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { requiredText } from '../validation.ts';
import { Cccd, Email, MobilePhone, MobilePhoneInput, TaxCode } from './identity.ts';

type IdSchemas = {
  phone: z.ZodType<string, string>;
  cccd: z.ZodType<string, string>;
  email: z.ZodType<string, string>;
};

/**
 * The applicant (chủ hồ sơ) and the authorised submitter (người nộp theo ủy quyền) of DESIGN §6,
 * built for stored data (phone normalised), for what a form sends (`+84 912 345 678` accepted and
 * normalised) and for display, where identity numbers may be masked.
 */
function applicantSchemas<Ids extends IdSchemas>({ phone, cccd, email: emailSchema }: Ids) {
  const email = emailSchema.nullable().default(null);
  const person = z.object({
    kind: z.literal('person'),
    fullName: requiredText(150),
    cccd,
    phone,
    email,
    address: requiredText(300),
  });
  const organisation = z.object({
    kind: z.literal('organisation'),
    name: requiredText(300),
    taxCode: TaxCode,
    /** Người đại diện theo pháp luật. */
    representative: requiredText(150),
    phone,
    email,
    address: requiredText(300),
  });
  /** Văn bản ủy quyền: its number and date (Bộ luật Dân sự 2015 art. 138). */
  const authorisation = z.object({
    documentNumber: requiredText(100),
    date: LocalDate,
    note: z.string().trim().max(500, 'validation.too_long').nullable().default(null),
  });
  const submitter = z.object({ fullName: requiredText(150), cccd, phone, authorisation });
  return { applicant: z.discriminatedUnion('kind', [person, organisation]), submitter };
}

const stored = applicantSchemas({ phone: MobilePhone, cccd: Cccd, email: Email });
const input = applicantSchemas({ phone: MobilePhoneInput, cccd: Cccd, email: Email });
const shown = applicantSchemas({ phone: z.string(), cccd: z.string(), email: z.string() });

export const Applicant = stored.applicant;
export type Applicant = z.infer<typeof Applicant>;
export const Submitter = stored.submitter;
export type Submitter = z.infer<typeof Submitter>;

/** What a form sends: as `Applicant`, with the phone normalised on parsing. */
export const ApplicantInput = input.applicant;
export type ApplicantInput = z.input<typeof ApplicantInput>;
export const SubmitterInput = input.submitter;
export type SubmitterInput = z.input<typeof SubmitterInput>;

/** As shown to a reader, masked outside the dossier's agency (see masking.ts). */
export const ApplicantView = shown.applicant;
export type ApplicantView = z.infer<typeof ApplicantView>;
export const SubmitterView = shown.submitter;
export type SubmitterView = z.infer<typeof SubmitterView>;

/** The applicant's name as the receipt and the ledger print it. */
export function applicantName(applicant: ApplicantView): string {
  return applicant.kind === 'person' ? applicant.fullName : applicant.name;
}
