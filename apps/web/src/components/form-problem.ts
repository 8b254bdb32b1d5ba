import type { FormInstance } from 'antd';
import type { FieldError, Problem } from '@motcua/core';

type NamePath = (string | number)[];

/** A server path ("applicant.cccd", "/body/payload/items/0/name") as a form's name path, less the prefixes the form does not have. */
export function namePathOf(path: string, prefixes: readonly string[] = ['body']): NamePath {
  const segments = path
    .split(/[./]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  while (segments.length > 0 && prefixes.includes(String(segments[0]))) segments.shift();
  return segments;
}

/**
 * Puts each of the problem's field errors on the form item it names, among the items the form has
 * now (a list item's whole-list error goes on the nearest item above it); returns the errors no item shows.
 */
export function showProblemOnForm(form: FormInstance, problem: Problem, prefixes?: readonly string[]): FieldError[] {
  const known = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const general: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    let name = namePathOf(error.path, prefixes);
    while (name.length > 0 && !known.has(JSON.stringify(name))) name = name.slice(0, -1);
    if (name.length === 0) {
      general.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    placed.set(key, entry);
  }
  form.setFields([...placed.values()]);
  return general;
}
