import { foldText, type CatalogImportRowError } from '@motcua/core';
import type ExcelJS from 'exceljs';
import type { Column, SheetSpec } from './catalog-workbook.ts';
import { plainOf, type Plain } from './cell.ts';
import { importMessage } from './import-messages.ts';

/** One data row of a sheet: its number as Excel shows it, and its record when every cell read well. */
export type SheetRow<R> = { row: number; code: string | undefined; record: R | undefined };

export const rowError = (sheet: string, row: number, reason: string, header?: string): CatalogImportRowError => ({
  sheet,
  row,
  reason: header ? `${header}: ${reason}` : reason,
});

/**
 * The data rows of one sheet, each cell read by its column's codec; a bad cell adds an error naming
 * its sheet, row and column. Null when the sheet or one of its columns is missing (one error for it).
 * Columns are found by header (case and diacritics aside); rows with nothing in them are skipped.
 */
export function readSheet<R extends { code: string }>(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec<R>,
  errors: CatalogImportRowError[],
): SheetRow<R>[] | null {
  const sheet = workbook.worksheets.find((s) => foldText(s.name) === foldText(spec.name));
  if (!sheet) {
    errors.push(rowError(spec.name, 1, importMessage('catalog.import_sheet_missing', { sheet: spec.name })));
    return null;
  }
  const columns = locateColumns(sheet, spec, errors);
  if (!columns) return null;
  const rows: SheetRow<R>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = columns.map(({ index }) => plainOf(row.getCell(index).value));
    if (cells.every(isBlank)) return;
    rows.push(
      readRow(cells, columns, (reason, header) => errors.push(rowError(spec.name, number, reason, header)), number),
    );
  });
  return rows;
}

type Located<R> = { key: keyof R; column: Column<unknown>; index: number };

function locateColumns<R>(
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec<R>,
  errors: CatalogImportRowError[],
): Located<R>[] | null {
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => headers.set(foldText(String(plainOf(cell.value) ?? '')), index));
  const located: Located<R>[] = [];
  for (const [key, column] of Object.entries(spec.columns) as [keyof R, Column<unknown>][]) {
    const index = headers.get(foldText(column.header));
    if (index === undefined)
      errors.push(rowError(spec.name, 1, importMessage('catalog.import_column_missing', { column: column.header })));
    else located.push({ key, column, index });
  }
  return located.length === Object.keys(spec.columns).length ? located : null;
}

function readRow<R extends { code: string }>(
  cells: Plain[],
  columns: Located<R>[],
  fail: (reason: string, header: string) => void,
  row: number,
): SheetRow<R> {
  const record: Partial<R> = {};
  let complete = true;
  columns.forEach(({ key, column }, i) => {
    const read = column.codec.read(cells[i] ?? null);
    if (read.ok) record[key] = read.value as R[keyof R];
    else {
      complete = false;
      fail(read.reason, column.header);
    }
  });
  return { row, code: record.code, record: complete ? (record as R) : undefined };
}

const isBlank = (cell: Plain) => cell === null || (typeof cell === 'string' && cell.trim() === '');
