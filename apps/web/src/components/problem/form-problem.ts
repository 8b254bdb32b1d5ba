import type { FormInstance } from 'antd';
import type { FieldError } from '@motcua/core';
import { fieldErrors } from './problem.ts';

export type NamePath = (string | number)[];
/** An error on a form item: the item's name and the message it shows. */
export type Placement = { name: NamePath; message: string };
/** The form item that shows an error at these path segments, or null when none does (it is listed above the form). */
export type Locate = (segments: NamePath, message: string) => Placement | null;
export type PlacedErrors = { fields: { name: NamePath; errors: string[] }[]; general: FieldError[] };
export type PlaceOptions = {
  /** Leading segments of the server's paths that the form's names do not have (`body` by default). */
  prefixes?: readonly string[];
  /** Where the form shows an error; by default the item the path names, or the nearest one above it. */
  locate?: Locate;
};

/** A server path ("applicant.cccd", or a pointer "/body/payload/items/0/name") as a form's name path, less the prefixes. */
export function namePathOf(path: string, prefixes: readonly string[] = ['body']): NamePath {
  const segments = path
    .split(/[./]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  while (segments.length > 0 && prefixes.includes(String(segments[0]))) segments.shift();
  return segments;
}

/** Among the items a form has now, the one at the path or the nearest above it (a list item's whole-list error goes on it). */
export const nearestItem =
  (known: ReadonlySet<string>): Locate =>
  (segments, message) => {
    let name = segments;
    while (name.length > 0 && !known.has(JSON.stringify(name))) name = name.slice(0, -1);
    return name.length > 0 ? { name, message } : null;
  };

/** Each error on the item `locate` finds for it, the messages of one item together; the others as general. */
export function placeErrors(errors: readonly FieldError[], locate: Locate, prefixes?: readonly string[]): PlacedErrors {
  const byItem = new Map<string, { name: NamePath; errors: string[] }>();
  const general: FieldError[] = [];
  for (const error of errors) {
    const placement = locate(namePathOf(error.path, prefixes), error.message);
    if (!placement) {
      general.push(error);
      continue;
    }
    const key = JSON.stringify(placement.name);
    const entry = byItem.get(key) ?? { name: placement.name, errors: [] };
    entry.errors.push(placement.message);
    byItem.set(key, entry);
  }
  return { fields: [...byItem.values()], general };
}

/**
 * Puts the failure's field errors on the form's items and returns those no item shows. The form is
 * untyped here: the server's paths reach into lists that a form's type cannot index.
 */
export function putProblemOnForm(form: FormInstance, error: unknown, options: PlaceOptions = {}): FieldError[] {
  const known = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const locate = options.locate ?? nearestItem(known);
  const { fields, general } = placeErrors(fieldErrors(error), locate, options.prefixes);
  form.setFields(fields);
  return general;
}
