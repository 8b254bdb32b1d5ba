import {
  dayOfInstant,
  formatLocalDate,
  type ChecklistItem,
  type CreateProcedureRequest,
  type Fee,
  type FeeRow,
  type FormField,
  type Procedure,
  type ProcedureContent,
  type ReviseProcedureRequest,
} from '@motcua/core';

/** A checklist item as the form edits it: empty texts instead of missing ones. */
export type ChecklistValues = Omit<ChecklistItem, 'condition' | 'note'> & { condition?: string; note?: string };
/** A fee as the form edits it: both shapes at once, the basis picks which one is sent. */
export type FeeValues = Pick<Fee, 'kind' | 'name' | 'onlineDiscountPercent' | 'basis'> & {
  amount?: number;
  rows?: FeeRow[];
};
export type ContentValues = Omit<ProcedureContent, 'cutoffTime' | 'formFields' | 'checklist' | 'fees'> & {
  cutoffTime?: string;
  checklist: ChecklistValues[];
  fees: FeeValues[];
};

/**
 * The editor's values: the request body's shape (`code`, `effectiveFrom`, `content.…`), so that the
 * server's error paths name the form's items, except the online form's fields, edited as JSON text.
 */
export type ProcedureFormValues = {
  code?: string;
  effectiveFrom: string;
  content: ContentValues;
  formFieldsJson: string;
};

/** Today's date and the next one in Vietnam (UTC+7), whatever the browser's time zone. */
export function todayInVietnam(now = Date.now()): string {
  return formatLocalDate(dayOfInstant(now));
}
export function tomorrowInVietnam(now = Date.now()): string {
  return formatLocalDate(dayOfInstant(now) + 1);
}

export const EMPTY_CONTENT: ProcedureContent = {
  name: '',
  agencySlug: '',
  fieldCode: '',
  level: 'province',
  timeLimit: { value: 5, unit: 'days' },
  cutoffTime: null,
  suspensionMode: 'pause',
  steps: [],
  checklist: [],
  fees: [],
  onlineLevel: 'none',
  resultDelivery: ['counter'],
  legalBasis: [],
  formFields: [],
  partnerCodes: [],
};

export function toFormValues(content: ProcedureContent, effectiveFrom: string, code?: string): ProcedureFormValues {
  const { formFields, cutoffTime, fees, ...rest } = content;
  return {
    ...(code === undefined ? {} : { code }),
    effectiveFrom,
    content: { ...rest, cutoffTime: cutoffTime ?? '', fees: fees.map((fee) => ({ ...fee })) },
    formFieldsJson: JSON.stringify(formFields, null, 2),
  };
}

const blankToUndefined = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? undefined : text.trim();

/** Reads the JSON of the online form's fields; a problem is reported as the parser's message. */
export function parseFormFields(json: string): { ok: true; value: FormField[] } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(json.trim() === '' ? '[]' : json);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (!Array.isArray(value)) return { ok: false, message: '' };
  // The server checks each field and names what is wrong; here only the JSON itself is checked.
  return { ok: true, value: value as FormField[] };
}

/** The content to send: the form's values back in the schema's shape (the server checks them). */
export function toContent(values: ProcedureFormValues): ProcedureContent {
  const { cutoffTime, checklist, fees, ...rest } = values.content;
  const formFields = parseFormFields(values.formFieldsJson);
  return {
    ...rest,
    legalBasis: rest.legalBasis ?? [],
    partnerCodes: rest.partnerCodes ?? [],
    steps: rest.steps ?? [],
    cutoffTime: blankToUndefined(cutoffTime) ?? null,
    checklist: (checklist ?? []).map(({ condition, note, ...item }) => {
      const c = blankToUndefined(condition);
      const n = blankToUndefined(note);
      return { ...item, ...(c === undefined ? {} : { condition: c }), ...(n === undefined ? {} : { note: n }) };
    }),
    fees: (fees ?? []).map(({ amount, rows, ...fee }): Fee =>
      fee.basis === 'fixed'
        ? { ...fee, basis: 'fixed', amount: amount ?? 0 }
        : { ...fee, basis: 'table', rows: rows ?? [] },
    ),
    formFields: formFields.ok ? formFields.value : [],
  };
}

/** `POST /procedures`: a new procedure, its code as typed less the spaces around it. */
export function toCreateRequest(values: ProcedureFormValues): CreateProcedureRequest {
  return { code: (values.code ?? '').trim(), effectiveFrom: values.effectiveFrom, content: toContent(values) };
}

/** `PUT /procedures/:code`: the next version on top of the one the editor was opened on. */
export function toReviseRequest(values: ProcedureFormValues, baseVersion: number): ReviseProcedureRequest {
  return { baseVersion, effectiveFrom: values.effectiveFrom, content: toContent(values) };
}

/** The part of a version an officer edits: everything but its identity and effective period. */
export function contentOfProcedure(procedure: Procedure): ProcedureContent {
  const { code: _code, version: _version, effectiveFrom: _from, effectiveTo: _to, ...content } = procedure;
  return content;
}
