import type ExcelJS from 'exceljs';

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

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const fail = (reason: string): Read<never> => ({ ok: false, reason });

export function plainOf(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plainOf((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return plainOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const asText = (cell: Plain): string =>
  cell === null ? '' : cell instanceof Date ? isoDate(cell) : String(cell).trim();

/** Whole numbers may be typed with Vietnamese thousands separators: 1.500.000 or 1 500 000. */
export function parseNumber(s: string): number | undefined {
  const grouped = /^\d{1,3}([.,\s]\d{3})+$/.test(s) ? s.replace(/[.,\s]/g, '') : s.replace(',', '.');
  const n = Number(grouped);
  return grouped === '' || !Number.isFinite(n) ? undefined : n;
}

/** A cell's text split into its non-empty lines (or the parts between `separator`s). */
export const splitLines = (cell: Plain, separator: RegExp = /\r?\n/) =>
  asText(cell)
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
