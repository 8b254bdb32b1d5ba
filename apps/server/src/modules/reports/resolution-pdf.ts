import type { ResolutionReport } from '@motcua/core';
import { createPdf, heading, nationalHeader, pdfBytes, table, type Column } from '../../documents/pdf-document.ts';
import { FIGURE_COLUMNS, headingLabel, reportTitle, rowHeading } from './resolution-columns.ts';

const number = (n: number) => n.toLocaleString('vi-VN');

/** Biểu II.06a as a landscape A4 PDF with the same figures as the screen and the Excel file. */
export async function resolutionPdf(report: ResolutionReport, issuer: string, at: Date): Promise<Buffer> {
  const { title, subtitle } = reportTitle(report);
  const doc = createPdf({ title, creationDate: at, layout: 'landscape' });
  nationalHeader(doc, issuer);
  heading(doc, title, subtitle);
  const figureWidth = 0.7 / FIGURE_COLUMNS.length;
  const columns: Column[] = [
    { header: 'STT', width: 0.05, align: 'center' },
    { header: headingLabel(report), width: 0.25 },
    ...FIGURE_COLUMNS.map((c) => ({
      header: `${c.group.replace('Số hồ sơ ', '')}: ${c.header} (${c.no})`,
      width: figureWidth,
      align: 'right' as const,
    })),
  ];
  const rows = report.rows.map((row, i) => [
    String(i + 1),
    rowHeading(row),
    ...FIGURE_COLUMNS.map((c) => number(c.value(row))),
  ]);
  rows.push(['', 'Tổng số', ...FIGURE_COLUMNS.map((c) => number(c.value(report.total)))]);
  doc.fontSize(8);
  table(doc, columns, rows);
  return pdfBytes(doc);
}
