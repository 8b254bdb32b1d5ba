import type { ApplicantView, SubmitterView } from './applicant.ts';

/**
 * Masking of personal data shown outside the dossier's agency (DESIGN §10: "CCCD and phone masked
 * outside the dossier's agency"; Luật Bảo vệ dữ liệu cá nhân 2025, NĐ 13/2023 art. 2).
 */

/** A reader of a dossier's personal data; `applicantCopy` when what is read is the paper handed to the applicant. */
export type PersonalDataReader = {
  id: string;
  agencyId: string | null;
  /** The branch of an officer without an agency (core `Actor.branchId`). */
  branchId?: string | null;
  applicantCopy?: boolean;
};
/** What masking reads of a dossier: its agency, its owner and where it was received. */
type MaskedDossier = { agencyId: string; ownerId: string | null; receivedCenterId?: string };

/**
 * The one decision whether a reader gets a dossier's personal data masked (DESIGN §14): shown in full only to the
 * dossier's own agency, the branch that received it (DESIGN §13) and to its applicant — the owner signed in, or the receipt printed at reception for the
 * applicant to take away (its first print, proved by the look-up secret only that copy carries); every other reader,
 * on screen or on paper, gets it masked.
 */
export function masksPersonalData(dossier: MaskedDossier, reader: PersonalDataReader): boolean {
  if (reader.applicantCopy) return false;
  // DESIGN §13: the branch that received it meets the applicant in person, at reception and at return.
  if (reader.agencyId === null && reader.branchId != null && reader.branchId === dossier.receivedCenterId) return false;
  return reader.agencyId !== dossier.agencyId && dossier.ownerId !== reader.id;
}

/** A dossier's parties as one reader may see them, and whether they came masked. */
export type PartiesView<S extends SubmitterView | null> = { masked: boolean; applicant: ApplicantView; submitter: S };

/**
 * The one decision above applied to a dossier's parties: every reader of them — the JSON view, the forms, the files —
 * takes them from here, so no view can print what another masks (issue 15 item 4: the receipt PDF once printed the
 * full phone and e-mail to the director while the JSON view masked them).
 */
export function partiesFor<S extends SubmitterView | null>(
  dossier: MaskedDossier,
  reader: PersonalDataReader,
  parties: { applicant: ApplicantView; submitter: S },
): PartiesView<S> {
  if (!masksPersonalData(dossier, reader)) return { masked: false, ...parties };
  const submitter = (parties.submitter && maskSubmitter(parties.submitter)) as S;
  return { masked: true, applicant: maskApplicant(parties.applicant), submitter };
}

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/**
 * `001*******34`: the province code (3 digits, where the birth was registered) and the last 2 digits
 * stay; the century/sex digit and the birth year, which are personal, are hidden.
 */
export function maskCccd(cccd: string): string {
  return keepEnds(cccd, 3, 2);
}

/** `*******678`: the last 3 digits stay (the look-up asks for the last 4, so a masked number never answers it). */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 0, 3);
}

/** `n***@gmail.com`: the first letter and the domain stay. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return keepEnds(email, 1, 0);
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * `Nguyễn V. A.` for Nguyễn Văn An: the family name (first word) stays, the middle and given names
 * become initials, so that a public look-up confirms the dossier without naming its owner.
 */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.trim().split(/\s+/);
  if (!family) return '';
  return [family, ...rest.map((word) => `${[...word][0] ?? ''}.`)].join(' ');
}

/**
 * The applicant as officers of other agencies see it (consulted agencies, the director): identity
 * number, phone and e-mail masked; names and address kept, an organisation's name is public anyway.
 */
export function maskApplicant(applicant: ApplicantView): ApplicantView {
  const email = applicant.email === null ? null : maskEmail(applicant.email);
  if (applicant.kind === 'organisation') return { ...applicant, phone: maskPhone(applicant.phone), email };
  return { ...applicant, cccd: maskCccd(applicant.cccd), phone: maskPhone(applicant.phone), email };
}

export function maskSubmitter(submitter: SubmitterView): SubmitterView {
  return { ...submitter, cccd: maskCccd(submitter.cccd), phone: maskPhone(submitter.phone) };
}

/** The applicant's name on the public look-up: a person's masked, an organisation's as registered. */
export function publicApplicantName(applicant: ApplicantView): string {
  return applicant.kind === 'person' ? maskName(applicant.fullName) : applicant.name;
}
