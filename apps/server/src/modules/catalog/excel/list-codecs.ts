import { importMessage } from './import-messages.ts';
import { asText, fail, ok, parseNumber, splitLines, type Codec } from './cell.ts';
import { choice } from './cell-codecs.ts';

/** Columns whose cell holds a list: one item per line (or per separator). */
export function lines(separator?: RegExp): Codec<string[]> {
  return {
    write: (v) => (v.length === 0 ? null : v.join('\n')),
    read: (cell) => ok(splitLines(cell, separator)),
    numFmt: '@',
    wrap: true,
  };
}

/** Procedure codes separated by lines, spaces, commas or semicolons. */
export const codeList: Codec<string[]> = {
  ...lines(),
  read: (cell) => ok(typeof cell === 'number' ? [cell.toFixed(6)] : splitLines(cell, /[\s,;]+/)),
};

export function choices<T extends string>(labels: Record<T, string>): Codec<T[]> {
  const one = choice(labels);
  return {
    write: (v) => (v.length === 0 ? null : v.map((c) => labels[c]).join('\n')),
    read: (cell) => {
      const values: T[] = [];
      for (const item of splitLines(cell, /\r?\n|[;,]/)) {
        const r = one.read(item);
        if (!r.ok) return r;
        values.push(r.value);
      }
      return ok(values);
    },
    wrap: true,
  };
}

/** Structured data an admin rarely edits by hand (form fields): JSON, checked by the core's schema. */
export const jsonList: Codec<unknown[]> = {
  write: (v) => (v.length === 0 ? null : JSON.stringify(v)),
  read: (cell) => {
    const s = asText(cell);
    if (s === '') return ok([]);
    try {
      const value: unknown = JSON.parse(s);
      return ok(Array.isArray(value) ? value : [value]);
    } catch {
      return fail(importMessage('catalog.import_json_expected'));
    }
  },
  numFmt: '@',
  wrap: true,
};

/** A fee table, one "case: amount" per line; the amount follows the last colon. */
export const feeRows: Codec<{ label: string; amount: number }[]> = {
  write: (v) => (v.length === 0 ? null : v.map((r) => `${r.label}: ${r.amount}`).join('\n')),
  read: (cell) => {
    const rows = splitLines(cell).map((line) => {
      const m = /^(.*):\s*([\d.,\s]+)$/.exec(line);
      const amount = m ? parseNumber(m[2]!.trim()) : undefined;
      return m && amount !== undefined ? { label: m[1]!.trim(), amount } : undefined;
    });
    return rows.every((r) => r !== undefined) ? ok(rows) : fail(importMessage('catalog.import_fee_row_expected'));
  },
  numFmt: '@',
  wrap: true,
};
