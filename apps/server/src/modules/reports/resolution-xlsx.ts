import ExcelJS from 'exceljs';
import type { ResolutionReport } from '@motcua/core';
import { FIGURE_COLUMNS, headingLabel, reportTitle, rowHeading } from './resolution-columns.ts';

/**
 * Biểu II.06a as Excel: title, the form's two header rows and its column numbers, a row per agency or
 * field, and the total row. Figures are numbers (not text), so the sheet adds up in Excel too.
 */
export async function resolutionXlsx(report: ResolutionReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet('Biểu II.06a', { views: [{ state: 'frozen', ySplit: 5, xSplit: 2 }] });
  sheet.columns = [{ width: 6 }, { width: 46 }, ...FIGURE_COLUMNS.map(() => ({ width: 13 }))];
  const { title, subtitle } = reportTitle(report);
  const last = 2 + FIGURE_COLUMNS.length;
  sheet.addRow([title.toUpperCase()]).font = { bold: true, size: 13 };
  sheet.addRow([subtitle]).font = { italic: true };
  sheet.mergeCells(1, 1, 1, last);
  sheet.mergeCells(2, 1, 2, last);
  const groups = sheet.addRow(['STT', headingLabel(report), ...FIGURE_COLUMNS.map((c) => c.group)]);
  const headers = sheet.addRow(['', '', ...FIGURE_COLUMNS.map((c) => c.header)]);
  const numbers = sheet.addRow(['(1)', '(2)', ...FIGURE_COLUMNS.map((c) => `(${c.no})`)]);
  sheet.mergeCells(3, 1, 4, 1);
  sheet.mergeCells(3, 2, 4, 2);
  for (let start = 0; start < FIGURE_COLUMNS.length;) {
    let end = start;
    while (end + 1 < FIGURE_COLUMNS.length && FIGURE_COLUMNS[end + 1]!.group === FIGURE_COLUMNS[start]!.group) end++;
    sheet.mergeCells(3, 3 + start, 3, 3 + end);
    start = end + 1;
  }
  for (const row of [groups, headers, numbers]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  report.rows.forEach((row, i) => sheet.addRow([i + 1, rowHeading(row), ...FIGURE_COLUMNS.map((c) => c.value(row))]));
  const total = sheet.addRow(['', 'Tổng số', ...FIGURE_COLUMNS.map((c) => c.value(report.total))]);
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
