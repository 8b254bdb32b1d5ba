import { foldText } from '@motcua/core';
import type ExcelJS from 'exceljs';
import { importMessage, reasonOf } from './import-messages.ts';

/** A cell's value as read: formulas by their result, rich text and links as their text. */
export type Plain = string | number | boolean | Date | null;
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * How one column writes a value and reads it back. Reading converts what Excel may have made of a
 * typed value (a number, a date) and leaves the checks of the domain to the core's schemas.
 */
export type Codec<T> = {
  write: (value: T) => ExcelJS.CellValue;
  read: (cell: Plain) => Read<T>;
  /** '@' keeps what an admin types as text (a code like 1.000100 would otherwise become a number). */
  numFmt?: string;
  wrap?: boolean;
};

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (reason: string): Read<never> => ({ ok: false, reason });

export function plainOf(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plainOf((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return plainOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const asText = (cell: Plain): string =>
  cell === null ? '' : cell instanceof Date ? isoDate(cell) : String(cell).trim();

export const text: Codec<string> = { write: (v) => v, read: (cell) => ok(asText(cell)), numFmt: '@' };

export const optionalText: Codec<string | undefined> = {
  write: (v) => v ?? null,
  read: (cell) => ok(asText(cell) || undefined),
  numFmt: '@',
};

/** A procedure code typed into a cell without the text format comes back as a number: 1.0001 → 1.000100. */
export const procedureCode: Codec<string> = {
  ...text,
  read: (cell) => {
    const code = typeof cell === 'number' ? cell.toFixed(6) : asText(cell);
    return code === '' ? fail(reasonOf('validation.required')) : ok(code);
  },
};

/** Whole numbers may be typed with Vietnamese thousands separators: 1.500.000 or 1 500 000. */
function parseNumber(s: string): number | undefined {
  const grouped = /^\d{1,3}([.,\s]\d{3})+$/.test(s) ? s.replace(/[.,\s]/g, '') : s.replace(',', '.');
  const n = Number(grouped);
  return grouped === '' || !Number.isFinite(n) ? undefined : n;
}

function readNumber(cell: Plain): Read<number | undefined> {
  if (typeof cell === 'number') return ok(cell);
  const s = asText(cell);
  if (s === '') return ok(undefined);
  const n = parseNumber(s);
  return n === undefined ? fail(importMessage('catalog.import_number_expected')) : ok(n);
}

/** A number; an empty cell reads as `empty` when given, else it is missing. */
export function number(options: { numFmt?: string; empty?: number } = {}): Codec<number> {
  return {
    write: (v) => v,
    read: (cell) => {
      const r = readNumber(cell);
      if (!r.ok || r.value !== undefined) return r as Read<number>;
      return options.empty === undefined ? fail(reasonOf('validation.required')) : ok(options.empty);
    },
    ...(options.numFmt ? { numFmt: options.numFmt } : {}),
  };
}

export function optionalNumber(numFmt?: string): Codec<number | undefined> {
  return { write: (v) => v ?? null, read: readNumber, ...(numFmt ? { numFmt } : {}) };
}

/** A value of an enumeration by its Vietnamese label (diacritics and case ignored), its code or an alias. */
export function choice<T extends string>(labels: Record<T, string>, aliases: Record<string, T> = {}): Codec<T> {
  const byKey = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    byKey.set(foldText(label), code);
    byKey.set(foldText(code), code);
  }
  for (const [alias, code] of Object.entries(aliases)) byKey.set(foldText(alias), code);
  const choices = Object.values<string>(labels).join(', ');
  return {
    write: (v) => labels[v],
    read: (cell) => {
      const code = byKey.get(foldText(asText(cell)));
      return code === undefined ? fail(importMessage('catalog.import_choice_expected', { choices })) : ok(code);
    },
  };
}

const splitLines = (cell: Plain, separator: RegExp = /\r?\n/) =>
  asText(cell)
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

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

const yesNoChoice = choice({ yes: 'Có', no: 'Không' });
export const yesNo: Codec<boolean> = {
  write: (v) => (v ? 'Có' : 'Không'),
  read: (cell) => {
    const r = yesNoChoice.read(typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : cell);
    return r.ok ? ok(r.value === 'yes') : r;
  },
};

/** A date: written as an Excel date shown dd/mm/yyyy; read from a date cell, YYYY-MM-DD or DD/MM/YYYY. */
export const date: Codec<string> = {
  write: (v) => new Date(`${v}T00:00:00Z`),
  read: (cell) => {
    if (cell instanceof Date) return ok(isoDate(cell));
    const s = asText(cell);
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    return ok(dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s);
  },
  numFmt: 'dd/mm/yyyy',
};

/** A time of day HH:MM, or empty; Excel turns a typed 17:00 into a fraction of a day or a date. */
export const optionalTime: Codec<string | null> = {
  write: (v) => v,
  read: (cell) => {
    if (cell instanceof Date) return ok(cell.toISOString().slice(11, 16));
    if (typeof cell === 'number' && cell >= 0 && cell < 1) {
      const minutes = Math.round(cell * 24 * 60);
      return ok(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
    }
    const s = asText(cell);
    return ok(/^\d:\d\d$/.test(s) ? `0${s}` : s || null);
  },
  numFmt: '@',
};

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
