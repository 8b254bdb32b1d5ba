import { describe, expect, it } from 'vitest';
import { intersects, pdfQrCodes, pdfWords, type Box } from '../../test/pdf-layout.ts';
import { controlSheetPdf } from './control-sheet-pdf.ts';
import { AFTER_2025, BEFORE_2025, sampleControlSheet, sampleNotices, sampleReceipt } from '../../test/form-samples.ts';
import { CODE_QR_SIZE, noticePdf } from './notice-pdf.ts';
import { RECEIPT_QR_SIZE, receiptPdf } from './receipt-pdf.ts';

/** Where form-header.ts draws the QR on A4 (595.28 × 841.89 pt, right margin 50, top margin 50). */
const drawnAt = (size: number): Box => ({ x0: 545.28 - size, y0: 50, x1: 545.28, y1: 50 + size });

type Printed = { name: string; pdf: Promise<Buffer>; qrText: string; qrSize: number; pages: number };

const receipt = sampleReceipt();
const sheet = sampleControlSheet();
const FORMS: Printed[] = [
  {
    name: 'receipt 01, both copies',
    pdf: receiptPdf(receipt),
    qrText: receipt.qrText,
    qrSize: RECEIPT_QR_SIZE,
    pages: 2,
  },
  ...[BEFORE_2025, AFTER_2025].flatMap((set) =>
    sampleNotices(set).map((n) => ({
      name: `${set.id} ${n.kind}`,
      pdf: noticePdf(n),
      qrText: n.code,
      qrSize: CODE_QR_SIZE,
      pages: 1,
    })),
  ),
  ...[BEFORE_2025, AFTER_2025].map((formSet) => ({
    name: `${formSet.id} control sheet`,
    pdf: controlSheetPdf({ ...sheet, formSet }),
    qrText: sheet.code,
    qrSize: CODE_QR_SIZE,
    pages: 1,
  })),
];

describe('every form’s QR stands clear of its text and reads back (DESIGN §6)', () => {
  it.each(FORMS)('$name', async ({ pdf, qrText, qrSize, pages }) => {
    const bytes = await pdf;
    const drawn = drawnAt(qrSize);
    const words = pdfWords(bytes);
    const codes = pdfQrCodes(bytes);
    expect(codes).toHaveLength(pages);
    for (const [i, code] of codes.entries()) {
      // Rendered at 100 dpi and decoded as a phone would: the text it carries, found inside the box we drew.
      expect(code?.text).toBe(qrText);
      const found = code!.box;
      expect(found.x0).toBeGreaterThanOrEqual(drawn.x0 - 2);
      expect(found.x1).toBeLessThanOrEqual(drawn.x1 + 2);
      expect(found.y0).toBeGreaterThanOrEqual(drawn.y0 - 2);
      expect(found.y1).toBeLessThanOrEqual(drawn.y1 + 2);
      const page = words.filter((w) => w.page === i + 1);
      expect(page.length).toBeGreaterThan(20);
      expect(page.filter((w) => intersects(w, drawn)).map((w) => w.text)).toEqual([]);
    }
  });

  it('the test would see an overlap: a word drawn over the QR intersects it', () => {
    expect(intersects({ x0: 400, y0: 60, x1: 520, y1: 75 }, drawnAt(CODE_QR_SIZE))).toBe(true);
    expect(intersects({ x0: 60, y0: 60, x1: 400, y1: 75 }, drawnAt(CODE_QR_SIZE))).toBe(false);
  });
});
