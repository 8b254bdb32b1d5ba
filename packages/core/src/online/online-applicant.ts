import type { Applicant, Submitter } from '../dossier/applicant.ts';
import { normalisePhone } from '../dossier/identity.ts';
import type { FormValues } from './online-api.ts';

/**
 * The form's well-known field names (the catalog's convention, DESIGN §6 applicant and submitter): a form that declares
 * them fills the dossier's applicant and the authorised submitter from them; the portal prefills them from the profile.
 */
export const APPLICANT_FIELDS = {
  person: { fullName: 'fullName', cccd: 'cccd', birthDate: 'birthDate' },
  organisation: { name: 'organisationName', taxCode: 'taxCode', representative: 'representative' },
  contact: { phone: 'phone', email: 'email', address: 'address' },
  /** `yes` when someone else submits for the applicant, with their name, number and the authorisation document. */
  submitter: {
    byOther: 'submittedByOther',
    fullName: 'submitterName',
    cccd: 'submitterCccd',
    phone: 'submitterPhone',
    authorisationNumber: 'authorisationNumber',
    authorisationDate: 'authorisationDate',
  },
} as const;

/** What the citizen's profile gives when the form lacks a value (DESIGN §15: prefilled, never asked twice). */
export type ProfileDefaults = {
  fullName: string;
  cccd: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
};

const text = (values: FormValues, name: string, fallback: string | null = null): string =>
  (values[name] ?? '').trim() || (fallback ?? '');

/**
 * The dossier's applicant from a submitted form (checked by `checkOnlineForm`): an organisation when the form names
 * one, else the person; a value the form does not declare comes from the profile. Null when what the dossier needs is
 * still missing (`online.applicant_incomplete`).
 */
export function applicantFromForm(values: FormValues, profile: ProfileDefaults): Applicant | null {
  const { person, organisation: org, contact } = APPLICANT_FIELDS;
  const phone = normalisePhone(text(values, contact.phone, profile.phone));
  const email = text(values, contact.email, profile.email) || null;
  const address = text(values, contact.address, profile.address);
  if (!phone || !address) return null;
  const name = text(values, org.name);
  if (name) {
    const taxCode = text(values, org.taxCode);
    const representative = text(values, org.representative);
    if (!taxCode || !representative) return null;
    return { kind: 'organisation', name, taxCode, representative, phone, email, address };
  }
  const fullName = text(values, person.fullName, profile.fullName);
  const cccd = text(values, person.cccd, profile.cccd);
  if (!fullName || !cccd) return null;
  return { kind: 'person', fullName, cccd, phone, email, address };
}

/** The authorised submitter (ủy quyền, BLDS 2015 art. 138) when the form says someone else submits; else null. */
export function submitterFromForm(values: FormValues): Submitter | null {
  const s = APPLICANT_FIELDS.submitter;
  if (values[s.byOther] !== 'yes') return null;
  const phone = normalisePhone(text(values, s.phone));
  const fields = [s.fullName, s.cccd, s.authorisationNumber, s.authorisationDate].map((n) => text(values, n));
  const [fullName, cccd, documentNumber, date] = fields as [string, string, string, string];
  if (!phone || fields.some((f) => !f)) return null;
  return { fullName, cccd, phone, authorisation: { documentNumber, date, note: null } };
}
