import {
  Applicant,
  APPLICANT_FIELDS,
  applicantFromForm,
  Submitter,
  submitterFromForm,
  type FieldError,
  type OnlineForm,
} from '@motcua/core';
import type { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Citizen } from './online-repo.ts';

/** A form that fails its checks: 400 with every field's error (message keys, worded by the error handler). */
export const invalid = (errors: FieldError[]) => new AppError('online.form_invalid', { errors });

/** Where the core's applicant fields come from in the form, for per-field errors. */
const FORM_NAME: Record<string, string> = {
  name: APPLICANT_FIELDS.organisation.name,
  fullName: 'fullName',
  cccd: 'cccd',
  phone: 'phone',
  email: 'email',
  address: 'address',
  taxCode: 'taxCode',
  representative: 'representative',
};
const SUBMITTER_NAME: Record<string, string> = {
  fullName: APPLICANT_FIELDS.submitter.fullName,
  cccd: APPLICANT_FIELDS.submitter.cccd,
  phone: APPLICANT_FIELDS.submitter.phone,
};

/** The issues of a core parse as the form's fields (`fields.<name>`), message keys kept for the error handler. */
type Parse<T> = { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
function parsed<T>(result: Parse<T>, names: Record<string, string>): T {
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((i) => ({
      path: `fields.${names[String(i.path[0])] ?? String(i.path.join('.'))}`,
      message: i.message,
    })),
  );
}

/**
 * The applicant and the authorised submitter of a submitted form (core `applicantFromForm`, the profile filling what
 * the form lacks), parsed by the core's `Applicant` and `Submitter`: every refusal is a field of the form.
 */
export function partiesOf(form: OnlineForm, citizen: Citizen): { applicant: Applicant; submitter: Submitter | null } {
  const fromForm = applicantFromForm(form.fields, citizen);
  if (!fromForm) {
    const { person, contact } = APPLICANT_FIELDS;
    const needed = [person.fullName, person.cccd, contact.phone, contact.address];
    const missing = needed.filter((n) => !(form.fields[n] ?? '').trim() && !(citizen as Record<string, unknown>)[n]);
    throw invalid(
      (missing.length ? missing : needed).map((n) => ({
        path: `fields.${n}`,
        message: 'online.applicant_incomplete',
      })),
    );
  }
  const applicant: Applicant = parsed(Applicant.safeParse(fromForm), FORM_NAME);
  const byOther = form.fields[APPLICANT_FIELDS.submitter.byOther] === 'yes';
  const rawSubmitter = submitterFromForm(form.fields);
  if (byOther && !rawSubmitter)
    throw invalid([{ path: `fields.${APPLICANT_FIELDS.submitter.fullName}`, message: 'online.applicant_incomplete' }]);
  const submitter = rawSubmitter ? parsed(Submitter.safeParse(rawSubmitter), SUBMITTER_NAME) : null;
  return { applicant, submitter };
}
