import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text.ts';
import { createPdf, heading, nationalHeader, pdfBytes, qr, table } from './pdf-document.ts';

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
