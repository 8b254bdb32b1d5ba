import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { totalOf, type ReportFigures, type ResolutionReport } from '@motcua/core';
import { intersects, pdfWords, type PageWord } from '../../test/pdf-layout.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { FIGURES } from '../../test/report-figures.ts';
import { resolutionPdf } from './resolution-pdf.ts';
import { resolutionXlsx } from './resolution-xlsx.ts';

const ISSUER = 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh';
/** 01:30 on 7 December at UTC+7: the date signed is the 7th, not the 6th of UTC. */
const AT = new Date('2026-12-06T18:30:00Z');

/** Figures that keep the form's identities, growing with `k` past the thousands. */
const figures = (k: number): ReportFigures => ({
  received: { total: 1200 * k + 37, online: 700 * k, direct: 500 * k, carriedOver: 37 },
  resolved: { total: 1000 * k, early: 400 * k, onTime: 500 * k, late: 100 * k },
  inProgress: { total: 200 * k + 20, onTime: 150 * k + 20, overdue: 50 * k },
});
/** By field: many rows (several pages), with long names that wrap in their column. */
function sampleReport(rows: number): ResolutionReport {
  const list = Array.from({ length: rows }, (_, i) => ({
    field: { code: `LV${i + 1}`, name: `Lĩnh vực số ${i + 1}: đất đai, xây dựng và chuyển nhượng quyền sử dụng` },
    ...figures(i + 1),
  }));
  return { from: '2026-11-01', to: '2026-11-30', by: 'field', center: null, rows: list, total: totalOf(list) };
}

const HEADER_WORDS =
  'STT Lĩnh vực giải quyết Số hồ sơ nhận giải quyết Số mới tiếp nhận Tổng số Trực tuyến Trực tiếp, dịch vụ bưu chính Từ kỳ trước chuyển qua Kết quả giải quyết Số hồ sơ đã giải quyết Trước hạn Đúng hạn Quá hạn Số hồ sơ đang giải quyết Trong hạn'.split(
    ' ',
  );
const COLUMN_NUMBERS = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);

function pageSize(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'motcua-report-')), 'report.pdf');
  writeFileSync(file, bytes);
  return /Page size:\s+([^\n]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]!;
}

describe('Biểu II.06a as a PDF a director signs', async () => {
  const report = sampleReport(60);
  const pdf = await resolutionPdf(report, ISSUER, AT);
  const words = pdfWords(pdf);
  const pages = pdfText(pdf)
    .split('\f')
    .filter((p) => p.trim());

  it('is landscape A4, with the form head, the period, the unit, and the signatures after the total', () => {
    expect(pageSize(pdf)).toMatch(/^841\.89 x 595\.28 pts/);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = pages.join('\n');
    for (const phrase of [
      'Biểu II.06a/VPCP/KSTT',
      'Ban hành kèm theo Thông tư số 03/2025/TT-VPCP',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026',
      'Phạm vi: toàn tỉnh',
    ])
      expect(pages[0]).toContain(phrase);
    const last = pages.at(-1)!;
    for (const phrase of ['Quảng Ninh, ngày 07 tháng 12 năm 2026', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ'])
      expect(last).toContain(phrase);
    expect(last).toContain('(Ký, ghi rõ họ tên, đóng dấu)');
    expect(text.indexOf('THỦ TRƯỞNG')).toBeGreaterThan(text.indexOf('1.830.000'));
  });

  it('repeats the column headers, whole words, and the column numbers on every page', () => {
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toMatch(/\(1\)\s+\(2\)\s+\(3\)\s+\(4\)(\s+\(\d+\)){8}\s+\(13\)/);
      expect(page, `page ${i + 1}`).toContain('Số hồ sơ nhận giải quyết');
      const onPage = words.filter((w) => w.page === i + 1).map((w) => w.text);
      for (const word of HEADER_WORDS) expect(onPage, `${word} on page ${i + 1}`).toContain(word);
      for (const number of COLUMN_NUMBERS) expect(onPage).toContain(number);
    }
    expect(words.some((w) => ['chuyể', 'n', 'tuyế', 'chín'].includes(w.text))).toBe(false);
  });

  it('draws no word outside the page or over another', () => {
    const inside = (w: PageWord) => w.x0 >= 40 && w.x1 <= 841.89 - 40 && w.y0 >= 30 && w.y1 <= 595.28 - 30;
    expect(words.filter((w) => !inside(w))).toEqual([]);
    const overlapping = words.filter((w, i) =>
      words.some((v, j) => j > i && v.page === w.page && intersects(shrunk(w), shrunk(v))),
    );
    expect(overlapping).toEqual([]);
  });

  it('writes figures right-aligned with dots between thousands, the total in the same column', () => {
    const rowFigures = report.rows.map((r) => r.received.total.toLocaleString('vi-VN'));
    expect(rowFigures.at(-1)).toBe('72.037');
    const cells = words.filter((w) => rowFigures.includes(w.text) || w.text === '2.198.220');
    expect(cells.map((w) => w.text)).toEqual([...rowFigures, '2.198.220']);
    const rights = cells.map((w) => w.x1);
    expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(1);
  });
});

/** A word's box less a hair, so that neighbours that touch do not count as overlapping. */
const shrunk = (w: PageWord): PageWord => ({ ...w, x0: w.x0 + 0.5, x1: w.x1 - 0.5, y0: w.y0 + 0.5, y1: w.y1 - 0.5 });

describe('Biểu II.06a in Excel, printable as signed', async () => {
  const report = sampleReport(60);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await resolutionXlsx(report, ISSUER, AT)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const text = (address: string) => sheet.getCell(address).value;

  it('prints landscape on A4, one page wide, the header rows repeated', () => {
    const setup = sheet.pageSetup;
    expect([setup.paperSize, setup.orientation, setup.fitToPage]).toEqual([9, 'landscape', true]);
    expect([setup.fitToWidth, setup.fitToHeight, setup.printTitlesRow]).toEqual([1, 0, '9:12']);
  });

  it('has the form head and the two-level merged headers of the form', () => {
    expect([text('A1'), text('A2'), text('A3')]).toEqual([
      'Biểu II.06a/VPCP/KSTT',
      'Ban hành kèm theo Thông tư số 03/2025/TT-VPCP',
      ISSUER.toUpperCase(),
    ]);
    expect([text('H1'), text('H2')]).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(text('A6')).toBe('Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026');
    const master = (address: string) => sheet.getCell(address).master.address;
    expect([text('C9'), master('F9'), text('G9'), master('M9')]).toEqual([
      'Số hồ sơ nhận giải quyết',
      'C9',
      'Kết quả giải quyết',
      'G9',
    ]);
    expect([text('D10'), master('E10'), text('C10'), master('C11')]).toEqual([
      'Số mới tiếp nhận',
      'D10',
      'Tổng số',
      'C10',
    ]);
    expect([text('G10'), master('J10'), text('K10'), master('M10')]).toEqual([
      'Số hồ sơ đã giải quyết',
      'G10',
      'Số hồ sơ đang giải quyết',
      'K10',
    ]);
    expect([text('A9'), master('A11'), text('F10'), master('F11')]).toEqual([
      'STT',
      'A9',
      'Từ kỳ trước chuyển qua',
      'F10',
    ]);
    expect((sheet.getRow(12).values as unknown[]).slice(1)).toEqual(COLUMN_NUMBERS);
  });

  it('ends with the total, figures as numbers formatted #,##0 right-aligned, then place, date and signers', () => {
    const totalRow = sheet.getRow(13 + report.rows.length);
    expect((totalRow.values as unknown[]).slice(2)).toEqual(['Tổng số', ...FIGURES(report.total)]);
    // A long field name wraps: its row is given the height of two lines, as Excel does not size it itself.
    expect(sheet.getRow(13).height).toBeGreaterThanOrEqual(30);
    for (const cell of [sheet.getCell('C13'), totalRow.getCell(13)]) {
      expect([cell.numFmt, cell.alignment.horizontal]).toEqual(['#,##0', 'right']);
    }
    const foot = totalRow.number;
    expect(sheet.getCell(foot + 2, 8).value).toBe('Quảng Ninh, ngày 07 tháng 12 năm 2026');
    expect([sheet.getCell(foot + 3, 1).value, sheet.getCell(foot + 3, 8).value]).toEqual([
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]);
    expect(sheet.getCell(foot + 4, 8).value).toBe('(Ký, ghi rõ họ tên, đóng dấu)');
  });
});
