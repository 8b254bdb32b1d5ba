import type ExcelJS from 'exceljs';
import type { Signer } from './pdf-document.ts';
import { headerGrid, type HeaderPath } from './table-header.ts';

/** Columns [first, last] (from 1) of a block of the sheet: the left and right halves of a form's head and foot. */
export type Span = readonly [number, number];

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Text across the columns of `span` on one row, merged into one cell. */
export function spanText(
  sheet: ExcelJS.Worksheet,
  row: number,
  span: Span,
  text: string,
  style: { font?: Partial<ExcelJS.Font>; horizontal?: 'left' | 'center' | 'right' } = {},
): void {
  const cell = sheet.getCell(row, span[0]);
  cell.value = text;
  cell.font = style.font ?? {};
  cell.alignment = { horizontal: style.horizontal ?? 'center', vertical: 'middle', wrapText: true };
  if (span[1] > span[0]) sheet.mergeCells(row, span[0], row, span[1]);
}

/**
 * How many lines `text` takes in `width` characters of Excel's column width, wrapped at spaces: Excel keeps a row's
 * height as written, so a wrapped cell's row is given its height here.
 */
export function linesOf(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width) [lines, used] = [lines + 1, word.length];
    else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

/**
 * A header of several levels from row `top` (table-header.ts): a group's cell merged across its columns, a column's
 * own header down to the lowest level; rows as tall as their wrapped text needs (Excel does not size merged cells).
 * Returns the last row of the header.
 */
export function headerRows(sheet: ExcelJS.Worksheet, top: number, paths: readonly HeaderPath[]): number {
  const { depth, cells } = headerGrid(paths);
  const widthOf = (first: number, last: number) =>
    sheet.columns.slice(first, last + 1).reduce((sum, c) => sum + (c.width ?? 10), 0);
  const lines = Array.from({ length: depth }, () => 1);
  for (const c of cells) {
    const cell = sheet.getCell(top + c.top, 1 + c.first);
    cell.value = c.text;
    const needed = linesOf(c.text, widthOf(c.first, c.last) - 2) - (c.bottom - c.top);
    lines[c.bottom] = Math.max(lines[c.bottom]!, needed);
    if (c.first !== c.last || c.top !== c.bottom)
      sheet.mergeCells(top + c.top, 1 + c.first, top + c.bottom, 1 + c.last);
  }
  for (let level = 0; level < depth; level++) {
    const row = sheet.getRow(top + level);
    row.height = 15 * lines[level]! + 4;
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let column = 1; column <= paths.length; column++) row.getCell(column).border = THIN_BORDER;
  }
  return top + depth - 1;
}

/** The foot of a form below row `after`: place and date over the right signer, the two signers side by side. */
export function signatureRows(
  sheet: ExcelJS.Worksheet,
  after: number,
  halves: readonly [Span, Span],
  foot: { placeDate: string; signers: readonly [Signer, Signer] },
): void {
  spanText(sheet, after + 2, halves[1], foot.placeDate, { font: { italic: true } });
  foot.signers.forEach((signer, i) => {
    spanText(sheet, after + 3, halves[i]!, signer.title, { font: { bold: true } });
    spanText(sheet, after + 4, halves[i]!, signer.note, { font: { italic: true } });
  });
}
