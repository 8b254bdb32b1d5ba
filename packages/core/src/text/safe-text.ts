import { z } from 'zod';

/**
 * A string no part of the system can store or print as given: NUL (PostgreSQL's text refuses it, C strings end at it)
 * or a UTF-16 surrogate without its pair (no character at all; encoders replace it silently). Issue 15 item 7: such
 * input is refused as invalid at the door, never turned into a database error.
 */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isSafeText = (value: string): boolean => !UNSAFE.test(value);

/** The message key of a refused string; worded in text-messages.ts. */
export const UNSAFE_TEXT = 'validation.unsafe_text';

/** Any text field: a string without NUL or lone surrogates. Chain `.trim()`, `.max()`… as on `z.string()`. */
export const safeText = () => z.string().refine(isSafeText, UNSAFE_TEXT);

/**
 * The dotted paths of every unsafe string (value or key) in a parsed input: a JSON body, a query, path parameters. An
 * explicit stack, not recursion, so a deeply nested body cannot overflow it. Bytes (a file's body) and streams are
 * not text and are skipped; a parsed query or path parameters may be objects of another prototype and are walked.
 */
export function findUnsafeText(input: unknown, root = ''): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[input, root]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isSafeText(value)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, join(path, String(index))]));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (!isSafeText(key)) found.push(join(path, '?'));
        else stack.push([item, join(path, key)]);
      }
    }
  }
  return found.sort();
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
    return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}
