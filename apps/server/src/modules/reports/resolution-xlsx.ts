import ExcelJS from 'exceljs';
import type { ReportFigures, ResolutionReport } from '@motcua/core';
import { headerRows, linesOf, signatureRows, spanText, THIN_BORDER, type Span } from '../../documents/xlsx-form.ts';
import { FIGURE_COLUMNS, headerPaths, reportFoot, reportHead, rowHeading } from './resolution-columns.ts';

const COLUMNS = 2 + FIGURE_COLUMNS.length;
/** The issuer at the left, quốc hiệu at the right, and the same halves for the signers at the foot. */
const HALVES: readonly [Span, Span] = [
  [1, 5],
  [8, COLUMNS],
];
const ALL: Span = [1, COLUMNS];
/** Where the table's header starts, below the form's head (rows 1–8). */
const HEADER_TOP = 9;
/** Column (2), in characters: most agency names on one line, a long field name wraps. */
const HEADING_WIDTH = 36;

/** The form's head, as on the PDF: code, circular and reporting unit beside quốc hiệu; title, period, scope, unit. */
function head(sheet: ExcelJS.Worksheet, report: ResolutionReport, issuer: string): void {
  const h = reportHead(report);
  spanText(sheet, 1, HALVES[0], h.code, { font: { bold: true } });
  spanText(sheet, 2, HALVES[0], h.basis, { font: { italic: true, size: 9 } });
  spanText(sheet, 3, HALVES[0], issuer.toUpperCase(), { font: { bold: true } });
  spanText(sheet, 1, HALVES[1], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { bold: true } });
  spanText(sheet, 2, HALVES[1], 'Độc lập - Tự do - Hạnh phúc', { font: { bold: true } });
  spanText(sheet, 5, ALL, h.title.toUpperCase(), { font: { bold: true, size: 13 } });
  spanText(sheet, 6, ALL, h.period, { font: { italic: true } });
  spanText(sheet, 7, ALL, h.scope, { font: { italic: true } });
  spanText(sheet, 8, ALL, h.unit, { font: { italic: true, size: 9 }, horizontal: 'right' });
}

/** A row of the table: STT and heading, then the figures as numbers with thousands grouped ('#,##0'). */
function addFigures(sheet: ExcelJS.Worksheet, cells: [number | string, string], figures: ReportFigures) {
  const row = sheet.addRow([...cells, ...FIGURE_COLUMNS.map((c) => c.value(figures))]);
  row.height = 15 * linesOf(cells[1], HEADING_WIDTH - 2);
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.border = THIN_BORDER;
    if (column === 1) cell.alignment = { horizontal: 'center', vertical: 'top' };
    else if (column === 2) cell.alignment = { vertical: 'top', wrapText: true };
    else [cell.numFmt, cell.alignment] = ['#,##0', { horizontal: 'right', vertical: 'top' }];
  });
  return row;
}

/**
 * Biểu II.06a as Excel, a document a director signs once printed: landscape A4 fitted to the page's width, the
 * header rows repeated on every printed page, the form's head and foot as on the PDF. Figures are numbers (not
 * text), so the sheet adds up in Excel too.
 */
export async function resolutionXlsx(report: ResolutionReport, issuer: string, at: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet('Biểu II.06a', {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages high as the rows need
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
  });
  sheet.columns = [{ width: 6 }, { width: HEADING_WIDTH }, ...FIGURE_COLUMNS.map(() => ({ width: 11 }))];
  head(sheet, report, issuer);
  const paths = headerPaths(report);
  const numbers = headerRows(sheet, HEADER_TOP, paths) + 1;
  const numbering = sheet.getRow(numbers);
  paths.forEach((_, i) => {
    const cell = numbering.getCell(i + 1);
    [cell.value, cell.border] = [`(${i + 1})`, THIN_BORDER];
    [cell.font, cell.alignment] = [{ italic: true }, { horizontal: 'center' }];
  });
  sheet.pageSetup.printTitlesRow = `${HEADER_TOP}:${numbers}`;
  sheet.views = [{ state: 'frozen', ySplit: numbers, xSplit: 2 }];
  report.rows.forEach((row, i) => addFigures(sheet, [i + 1, rowHeading(row)], row));
  const total = addFigures(sheet, ['', 'Tổng số'], report.total);
  total.font = { bold: true };
  signatureRows(sheet, total.number, HALVES, reportFoot(issuer, at));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
