import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { controlSheetPdf } from './control-sheet-pdf.ts';
import { AFTER_2025, sampleControlSheet, sampleNotices, sampleReceipt } from '../../test/form-samples.ts';
import { noticePdf } from './notice-pdf.ts';
import { receiptPdf } from './receipt-pdf.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('forms as PDFs in Vietnamese', () => {
  it('the receipt carries the code, the secret, the applicant, the documents, both moments, the fee and the counter', async () => {
    const text = flat(pdfText(await receiptPdf(sampleReceipt())));
    for (const phrase of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      '000.00.01.H49-250310-0007',
      'K7QX9M',
      'Trần Thị Bích Ngọc',
      'Số định danh cá nhân (CCCD): 022195012345',
      'Nơi tiếp nhận: Quầy số 1 — Quầy Công an tỉnh',
      'Ảnh chân dung 4x6',
      '10 giờ 05 phút, ngày 10 tháng 03 năm 2025',
      '10 giờ 05 phút, ngày 20 tháng 03 năm 2025',
      '8 ngày làm việc',
      'Phí, lệ phí đã nộp: 200.000 đồng, biên lai số BL-0001234',
      'Liên 2',
      'Thông tư số 01/2018/TT-VPCP',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('an organisation’s receipt names its tax code; one without a fee or a counter says so', async () => {
    const text = flat(
      pdfText(
        await receiptPdf(
          sampleReceipt({
            formSet: AFTER_2025,
            applicant: {
              ...sampleReceipt().applicant,
              name: 'Công ty TNHH Hạ Long Xanh',
              identity: { label: 'Mã số thuế', number: '5701234567' },
            },
            fee: null,
            counter: null,
          }),
        ),
      ),
    );
    expect(text).toContain('Mã số thuế: 5701234567');
    expect(text).toContain('Phí, lệ phí đã nộp: không thu khi tiếp nhận');
    expect(text).toContain('Thông tư số 03/2025/TT-VPCP');
    expect(text).not.toContain('Nơi tiếp nhận');
  });

  it('the control sheet has a row per hand-over with its result and both officers, then rows to fill in', async () => {
    const text = flat(pdfText(await controlSheetPdf(sampleControlSheet())));
    for (const phrase of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06',
      'Thông tư số 03/2025/TT-VPCP',
      'Phạm Đức Long',
      '1. Giao: Bộ phận',
      'Trước hạn',
      'Đúng hạn',
      '16:00',
      '12/08/2025',
      'Người giao Người nhận', // the signature columns, side by side
      '(ký, ghi rõ (ký, ghi rõ',
      'Lê Văn Hùng',
      'Vũ Quang',
      '3. Giao:',
      '4. Giao:',
    ]) {
      expect(text).toContain(phrase);
    }
    const closed = flat(pdfText(await controlSheetPdf(sampleControlSheet({ open: false }))));
    expect(closed).not.toContain('3. Giao:');
  });

  it('each notice of TT 03/2025 prints its own form number and title', async () => {
    const texts = await Promise.all(sampleNotices(AFTER_2025).map(async (n) => flat(pdfText(await noticePdf(n)))));
    expect(texts.map((t) => /Mẫu số 0\d/.exec(t)?.[0])).toEqual(['Mẫu số 02', 'Mẫu số 03', 'Mẫu số 04', 'Mẫu số 05']);
    expect(texts[3]).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(texts[2]).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  });
});
