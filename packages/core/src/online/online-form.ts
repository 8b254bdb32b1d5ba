import { FORM_FIELD_PATTERNS, type FormField } from '../catalog/form-field.ts';
import { foldText } from '../text/fold.ts';
import type { OnlineForm } from './online-api.ts';

/** A problem with one value of the online form: the field's path (`fields.<name>`) and a message key. */
export type FormIssue = { path: string; message: OnlineFormMessage };
export type OnlineFormMessage =
  | 'online.field_required'
  | 'online.field_invalid'
  | 'online.option_unknown'
  | 'online.unknown_field'
  | 'online.document_required'
  | 'online.document_not_yours'
  | 'validation.too_long';

/** The values of a `file` field: store document ids, comma-separated. */
export const fileIds = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/** Whether a field is shown with these values: a conditional field only while its condition holds (`visibleWhen`). */
export function isVisible(field: FormField, values: Readonly<Record<string, string>>): boolean {
  return !field.visibleWhen || values[field.visibleWhen.field] === field.visibleWhen.equals;
}

/** The fields shown with these values, in the form's order. */
export const visibleFields = (fields: readonly FormField[], values: Readonly<Record<string, string>>): FormField[] =>
  fields.filter((f) => isVisible(f, values));

/** A store document the form gives, with the `file` field that names it (null: among the extra documents). */
export type GivenDocument = { storeDocumentId: string; fieldName: string | null };

/**
 * Every store document the form gives, once each: its shown `file` fields' values in the form's order (the first
 * field naming a document is its field), then its extra documents.
 */
export function givenDocuments(fields: readonly FormField[], form: OnlineForm): GivenDocument[] {
  const given = new Map<string, string | null>();
  for (const f of visibleFields(fields, form.fields))
    if (f.type === 'file') for (const id of fileIds(form.fields[f.name])) if (!given.has(id)) given.set(id, f.name);
  for (const id of form.documents) if (!given.has(id)) given.set(id, null);
  return [...given].map(([storeDocumentId, fieldName]) => ({ storeDocumentId, fieldName }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A practical e-mail check (as HTML's input type=email); the mail itself proves the address.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The type's own check of a non-empty value (`FORM_FIELD_PATTERNS`, DESIGN §6 identity numbers). */
function typeAccepts(field: FormField, value: string): boolean {
  switch (field.type) {
    case 'number':
      return /^-?\d+([.,]\d+)?$/.test(value);
    case 'date':
      return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
    case 'cccd':
      return new RegExp(FORM_FIELD_PATTERNS.cccd).test(value);
    case 'phone':
      return new RegExp(FORM_FIELD_PATTERNS.phone).test(value.replace(/[\s.]/g, ''));
    case 'email':
      return EMAIL.test(value);
    default:
      return true;
  }
}

function patternAccepts(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined) return true;
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true; // the catalog refuses an invalid pattern (`catalog.invalid_pattern`); an old one checks nothing
  }
}

function valueIssue(field: FormField, value: string, own: ReadonlySet<string>): OnlineFormMessage | null {
  if (field.maxLength !== undefined && value.length > field.maxLength) return 'validation.too_long';
  if (field.type === 'select') return field.options?.some((o) => o.value === value) ? null : 'online.option_unknown';
  if (field.type === 'file') return fileIds(value).every((id) => own.has(id)) ? null : 'online.document_not_yours';
  return typeAccepts(field, value) && patternAccepts(field.pattern, value) ? null : 'online.field_invalid';
}

/**
 * The online form against the procedure's declared fields (DESIGN §15). Always: no value for an undeclared field, and a
 * `file` value only of the citizen's own store (`own`). On submission also: every shown required field has a value and
 * every given value passes its type, options, pattern and length; a hidden conditional field is ignored. A draft may
 * be incomplete (DESIGN §11 portal). All issues at once, in the form's order.
 */
export function checkOnlineForm(
  fields: readonly FormField[],
  form: OnlineForm,
  options: { submit: boolean; own: ReadonlySet<string> },
): FormIssue[] {
  const declared = new Set(fields.map((f) => f.name));
  const issues: FormIssue[] = Object.keys(form.fields)
    .filter((name) => !declared.has(name))
    .map((name) => ({ path: `fields.${name}`, message: 'online.unknown_field' }));
  form.documents.forEach((id, i) => {
    if (!options.own.has(id)) issues.push({ path: `documents.${i}`, message: 'online.document_not_yours' });
  });
  for (const field of visibleFields(fields, form.fields)) {
    const value = (form.fields[field.name] ?? '').trim();
    const path = `fields.${field.name}`;
    if (value === '') {
      if (options.submit && field.required)
        issues.push({ path, message: field.type === 'file' ? 'online.document_required' : 'online.field_required' });
      continue;
    }
    const issue = field.type === 'file' || options.submit ? valueIssue(field, value, options.own) : null;
    if (issue) issues.push({ path, message: issue });
  }
  return issues;
}

/**
 * The store's documents that can fill each `file` field (DESIGN §15: no document asked twice): those uploaded or issued
 * under the same title as the field's label, diacritics and case aside. Newest first as given.
 */
export function storeMatches<D extends { title: string }>(
  fields: readonly FormField[],
  documents: readonly D[],
): Record<string, D[]> {
  const out: Record<string, D[]> = {};
  for (const field of fields) {
    if (field.type !== 'file') continue;
    const label = foldText(field.label);
    out[field.name] = documents.filter((d) => foldText(d.title) === label);
  }
  return out;
}
