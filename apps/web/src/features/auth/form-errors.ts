import type { Problem } from '@motcua/core';

export type FormFieldError<F extends string> = { name: F; errors: string[] };

/**
 * The problem's per-field errors for the fields this form has. The server names a field by its path
 * ("username", or a pointer such as "/body/username"); the form knows it by its last segment.
 */
export function formFieldErrors<F extends string>(problem: Problem, fields: readonly F[]): FormFieldError<F>[] {
  const byField = new Map<F, string[]>();
  for (const { path, message } of problem.errors ?? []) {
    const last = path.split(/[./]/).filter(Boolean).at(-1);
    const name = fields.find((field) => field === last);
    if (name) byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
