import type { Procedure } from '@motcua/core';
import ExcelJS from 'exceljs';
import {
  DOCUMENT_SHEET,
  FIELD_SHEET,
  type FieldRecord,
  FEE_SHEET,
  PROCEDURE_SHEET,
  STEP_SHEET,
  type Column,
  type SheetSpec,
} from './catalog-workbook.ts';
import { recordsOf } from './procedure-records.ts';

/**
 * The catalog workbook, filled page by page (the caller reads the versions in pages, so only the
 * workbook itself is held whole). Headers in Vietnamese, frozen, filterable, with a note on the
 * columns that take a fixed set of values.
 */
export function createCatalogWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const fields = addSheet(workbook, FIELD_SHEET);
  const procedures = addSheet(workbook, PROCEDURE_SHEET);
  const documents = addSheet(workbook, DOCUMENT_SHEET);
  const steps = addSheet(workbook, STEP_SHEET);
  const fees = addSheet(workbook, FEE_SHEET);
  return {
    addFields: (records: readonly FieldRecord[]): void => records.forEach(fields),
    add(page: readonly Procedure[]): void {
      for (const p of page) {
        const records = recordsOf(p);
        procedures(records.procedure);
        records.documents.forEach(documents);
        records.steps.forEach(steps);
        records.fees.forEach(fees);
      }
    },
    toBuffer: async (): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

function addSheet<R>(workbook: ExcelJS.Workbook, spec: SheetSpec<R>): (record: R) => void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = Object.entries(spec.columns) as [keyof R & string, Column<unknown>][];
  sheet.columns = columns.map(([key, column]) => ({
    header: column.header,
    key,
    width: column.width,
    style: {
      ...(column.codec.numFmt ? { numFmt: column.codec.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: column.codec.wrap ?? false },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  columns.forEach(([, column], i) => {
    if (column.note) header.getCell(i + 1).note = column.note;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return (record) => {
    sheet.addRow(Object.fromEntries(columns.map(([key, column]) => [key, column.codec.write(record[key])])));
  };
}
