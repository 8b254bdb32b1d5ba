import {
  APPLICANT_FIELDS,
  DOCUMENT_TYPES,
  checkOnlineForm,
  fileIds,
  validationMessage,
  visibleFields,
  type CitizenProfile,
  type FormField,
  type FormValues,
  type Language,
  type MySupplementRequest,
  type OnlineForm,
} from '@motcua/core';

/** The form as Ant Design holds it: each field's text under `fields.<name>`, as the server's error paths name them. */
export type OnlineFormValues = { fields: Record<string, string | undefined> };

/** The profile's value for each well-known applicant field (DESIGN §15: the citizen's data is never asked twice). */
function profileValues(profile: CitizenProfile): Record<string, string | null> {
  const { person, contact } = APPLICANT_FIELDS;
  return {
    [person.fullName]: profile.fullName,
    [person.cccd]: profile.cccd,
    [person.birthDate]: profile.birthDate,
    [contact.phone]: profile.phone,
    [contact.email]: profile.email,
    [contact.address]: profile.address,
  };
}

/**
 * The form's first values: a resumed draft's as saved, the form's declared applicant fields the profile can fill
 * filled from it where the draft has nothing. A `file` field is never prefilled (the store offers its documents).
 */
export function initialOnlineValues(
  fields: readonly FormField[],
  profile: CitizenProfile | undefined,
  saved: OnlineForm | null,
): OnlineFormValues {
  const given = profile ? profileValues(profile) : {};
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = saved?.fields[field.name] || (field.type === 'file' ? null : given[field.name]);
    if (value) out[field.name] = value;
  }
  return { fields: out };
}

const texts = (values: OnlineFormValues | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(values?.fields ?? {}).map(([name, v]) => [name, (v ?? '').trim()]));

/** The fields shown now: a conditional one only while its condition holds (core `visibleWhen`), live as typed. */
export const shownFields = (fields: readonly FormField[], values: OnlineFormValues | undefined): FormField[] =>
  visibleFields(fields, texts(values));

/**
 * What is sent: the shown fields' values, trimmed, the empty ones left out. A hidden conditional field's value is
 * dropped, so that a condition undone cannot leave data behind (an organisation's name typed, then the person chosen).
 */
export function onlineFormOf(fields: readonly FormField[], values: OnlineFormValues): OnlineForm {
  const raw = texts(values);
  const out: FormValues = {};
  for (const field of visibleFields(fields, raw)) {
    const value = raw[field.name];
    if (value) out[field.name] = value;
  }
  return { fields: out, documents: [] };
}

/**
 * The issue of one field, as the server will judge the submission (core `checkOnlineForm`, not re-decided here),
 * worded in `language`; null when none. The documents' ownership is the server's to check.
 */
export function fieldIssue(
  fields: readonly FormField[],
  values: OnlineFormValues,
  name: string,
  language: Language,
): string | null {
  const form = onlineFormOf(fields, values);
  const own = new Set(Object.values(form.fields).flatMap((value) => fileIds(value)));
  const issue = checkOnlineForm(fields, form, { submit: true, own }).find((i) => i.path === `fields.${name}`);
  return issue ? (validationMessage(issue.message, language) ?? issue.message) : null;
}

/** A supplement: the documents picked for each item asked, once each, and the note if any. */
export function supplementRequestOf(
  picks: Readonly<Record<string, readonly string[]>>,
  note: string,
): MySupplementRequest {
  const documents = [...new Set(Object.values(picks).flat())];
  return { fields: {}, documents, note: note.trim() || null };
}

/** 50000 → "50.000 đ" in Vietnamese, "50,000 VND" in English. */
export function formatFee(amount: number, language: Language): string {
  const figure = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US').format(amount);
  return language === 'vi' ? `${figure} đ` : `${figure} VND`;
}

/** A row's key for the tests and the reader: the code, or the id of a draft that has none yet. */
export const myDossierKey = (d: { id: string; code: string | null }): string => d.code ?? d.id;

/** The file picker's accepted extensions: the types the server takes (checked again there by content). */
export const STORE_ACCEPT = Object.values(DOCUMENT_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(',');
