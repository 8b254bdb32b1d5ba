import { foldText } from '@motcua/core';
import type ExcelJS from 'exceljs';
import { asText, fail, isoDate, ok, parseNumber, type Codec, type Plain, type Read } from './cell.ts';
import { importMessage, reasonOf } from './import-messages.ts';

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
