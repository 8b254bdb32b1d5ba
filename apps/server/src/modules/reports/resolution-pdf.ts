import type { ResolutionReport } from '@motcua/core';
import {
  createPdf,
  nationalHeader,
  pdfBytes,
  signatureBlock,
  table,
  textWidth,
  type Column,
  type Pdf,
} from '../../documents/pdf-document.ts';
import { FIGURE_COLUMNS, headerPaths, reportFoot, reportHead, rowHeading } from './resolution-columns.ts';

/** Figures as Vietnamese documents write them: thousands grouped with dots. */
const number = (n: number) => n.toLocaleString('vi-VN');

/**
 * The table's size: at 8 pt every word of the header fits its column whole, and a figure up to 9 999 999
 * ("9.999.999") fits a figure column on one line.
 */
const TABLE_FONT_SIZE = 8;
const WIDTHS = { number: 0.04, heading: 0.18 } as const;

/** The form's head: its code and the circular above the reporting unit, quốc hiệu at the right; then the title. */
function head(doc: Pdf, report: ResolutionReport, issuer: string): void {
  const h = reportHead(report);
  const left = doc.page.margins.left;
  const column = { width: textWidth(doc) * 0.38, align: 'center' } as const;
  doc.font('bold').fontSize(9).text(h.code, left, doc.y, column);
  doc.font('italic').fontSize(8).text(h.basis, column).moveDown(0.5);
  nationalHeader(doc, issuer);
  doc
    .font('bold')
    .fontSize(13)
    .text(h.title.toUpperCase(), { width: textWidth(doc), align: 'center' });
  doc
    .font('italic')
    .fontSize(11)
    .text(h.period, { width: textWidth(doc), align: 'center' });
  doc.text(h.scope, { width: textWidth(doc), align: 'center' }).moveDown(0.3);
  doc.fontSize(9).text(h.unit, { width: textWidth(doc), align: 'right' });
}

/** Biểu II.06a as a landscape A4 PDF a director signs, with the same figures as the screen and the Excel file. */
export async function resolutionPdf(report: ResolutionReport, issuer: string, at: Date): Promise<Buffer> {
  const h = reportHead(report);
  const doc = createPdf({ title: `${h.code} — ${h.period}`, creationDate: at, layout: 'landscape' });
  head(doc, report, issuer);
  const paths = headerPaths(report);
  const figureWidth = (1 - WIDTHS.number - WIDTHS.heading) / FIGURE_COLUMNS.length;
  const columns: Column[] = paths.map((header, i) => ({
    header,
    width: i === 0 ? WIDTHS.number : i === 1 ? WIDTHS.heading : figureWidth,
    align: i === 0 ? 'center' : i === 1 ? 'left' : 'right',
  }));
  const figures = (f: ResolutionReport['total']) => FIGURE_COLUMNS.map((c) => number(c.value(f)));
  const rows = report.rows.map((row, i) => [String(i + 1), rowHeading(row), ...figures(row)]);
  const total = ['', 'Tổng số', ...figures(report.total)];
  table(doc, columns, rows, { fontSize: TABLE_FONT_SIZE, numbered: true, total });
  doc.moveDown(0.5);
  signatureBlock(doc, reportFoot(issuer, at));
  return pdfBytes(doc);
}
