import { describe, expect, it } from 'vitest';
import { pdfWords } from '../test/pdf-layout.ts';
import { pdfText } from '../test/pdf-text.ts';
import { createPdf, heading, nationalHeader, pdfBytes, qr, signatureBlock, table } from './pdf-document.ts';

describe('PDF documents', () => {
  it('carry Vietnamese text that can be extracted back, tables and a QR code', async () => {
    const doc = createPdf({ title: 'Thử', creationDate: new Date('2025-03-10T03:00:00Z') });
    nationalHeader(doc, 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh');
    heading(doc, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Mã hồ sơ: 000.00.01.H49-250310-0001');
    table(
      doc,
      [
        { header: 'Tên giấy tờ', width: 0.7 },
        { header: 'Số lượng', width: 0.3, align: 'center' },
      ],
      [
        ['Tờ khai đề nghị cấp hộ chiếu', '1'],
        ['Ảnh chân dung 4x6', '2'],
      ],
    );
    await qr(doc, '000.00.01.H49-250310-0001', { x: 450, y: 700, size: 80 });
    const bytes = await pdfBytes(doc);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Tờ khai đề nghị cấp hộ chiếu',
      'Ảnh chân dung 4x6',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});

describe('PDF tables', () => {
  const column = (header: string | string[], width: number) => ({ header, width });
  it('set a word too wide for its column smaller rather than cut it, and repeat a header of two levels on each page', async () => {
    const doc = createPdf({ title: 'Thử', creationDate: new Date('2025-03-10T03:00:00Z') });
    const rows = Array.from({ length: 80 }, (_, i) => [`Dòng ${i + 1}`, 'chuyển', 'nghiêng']);
    table(doc, [column('Tên', 0.8), column(['Nhóm', 'chuyển'], 0.04), column(['Nhóm', 'Khác'], 0.16)], rows);
    const words = pdfWords(await pdfBytes(doc));
    const pages = Math.max(...words.map((w) => w.page));
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      const on = words.filter((w) => w.page === page);
      expect(
        on.filter((w) => w.text === 'Nhóm'),
        `page ${page}`,
      ).toHaveLength(1);
      const top = (text: string) => Math.min(...on.filter((w) => w.text === text).map((w) => w.y0));
      expect(top('Nhóm'), `page ${page} starts with the header`).toBeLessThan(top('Dòng'));
    }
    expect(words.filter((w) => w.text === 'chuyển')).toHaveLength(80 + pages);
    expect(words.filter((w) => /^(chuyể|n|ển)$/.test(w.text))).toEqual([]);
  });
});

describe('Signature blocks', () => {
  it('move whole to a new page when they do not fit below the table', async () => {
    const doc = createPdf({ title: 'Thử', creationDate: new Date('2025-03-10T03:00:00Z') });
    doc.y = doc.page.height - doc.page.margins.bottom - 60;
    signatureBlock(doc, {
      placeDate: 'Quảng Ninh, ngày 10 tháng 03 năm 2025',
      signers: [
        { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' },
        { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên, đóng dấu)' },
      ],
    });
    const words = pdfWords(await pdfBytes(doc));
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => w.page !== 2)).toEqual([]);
    const at = (text: string) => words.find((w) => w.text === text)!;
    expect(at('Ninh,').y1).toBeLessThanOrEqual(at('THỦ').y0);
    expect(at('LẬP').y0).toBeCloseTo(at('THỦ').y0, 0);
  });
});
