import { formSetOn } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { controlSheetPdf } from './control-sheet-pdf.ts';
import { receiptPdf } from './receipt-pdf.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('forms as PDFs in Vietnamese', () => {
  it('the receipt carries the code, the secret, the applicant, the documents and both moments', async () => {
    const text = flat(
      pdfText(
        await receiptPdf({
          formSet: formSetOn('2025-03-10'),
          centerName: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh',
          agencyName: 'Công an tỉnh',
          code: '000.00.01.H49-250310-0007',
          secret: 'K7QX9M',
          qrText: 'http://127.0.0.1:3000/tra-cuu?code=000.00.01.H49-250310-0007&secret=K7QX9M',
          applicant: {
            name: 'Trần Thị Bích Ngọc',
            address: 'Phường Hồng Gai, TP Hạ Long',
            phone: '0912345678',
            email: null,
          },
          procedureName: 'Cấp hộ chiếu phổ thông ở trong nước',
          documents: [
            { name: 'Tờ khai đề nghị cấp hộ chiếu (mẫu TK01)', form: 'original', count: 1 },
            { name: 'Ảnh chân dung 4x6', form: 'original', count: 2 },
          ],
          sets: 1,
          timeLimit: { value: 8, unit: 'days' },
          receivedAt: new Date('2025-03-10T03:05:00Z'),
          dueAt: new Date('2025-03-20T03:05:00Z'),
          delivery: 'Bộ phận Một cửa',
          ledger: { volume: '2025/01', number: 7 },
          officerName: 'Lê Văn Hùng',
        }),
      ),
    );
    for (const phrase of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      '000.00.01.H49-250310-0007',
      'K7QX9M',
      'Trần Thị Bích Ngọc',
      'Ảnh chân dung 4x6',
      '10 giờ 05 phút, ngày 10 tháng 03 năm 2025',
      '10 giờ 05 phút, ngày 20 tháng 03 năm 2025',
      '8 ngày làm việc',
      'Liên 2',
      'Thông tư số 01/2018/TT-VPCP',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('the control sheet has a row per hand-over with its result, under the form set of the reception day', async () => {
    const text = flat(
      pdfText(
        await controlSheetPdf({
          formSet: formSetOn('2025-08-04'),
          centerName: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh',
          code: '000.00.06.H49-250804-0002',
          applicantName: 'Phạm Đức Long',
          procedureName: 'Cấp phiếu lý lịch tư pháp',
          receivedAt: new Date('2025-08-04T02:00:00Z'),
          dueAt: new Date('2025-08-18T02:00:00Z'),
          handOvers: [
            {
              from: 'Bộ phận Một cửa',
              to: 'Sở Tư pháp — thẩm định',
              at: new Date('2025-08-04T03:00:00Z'),
              result: 'early',
              note: '',
            },
            {
              from: 'Sở Tư pháp — thẩm định',
              to: 'Lãnh đạo phê duyệt',
              at: new Date('2025-08-12T09:00:00Z'),
              result: 'onTime',
              note: 'Đề nghị cấp',
            },
          ],
          printedAt: new Date('2025-08-19T02:00:00Z'),
        }),
      ),
    );
    for (const phrase of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06',
      'Thông tư số 03/2025/TT-VPCP',
      'Phạm Đức Long',
      'Giao: Bộ phận Một cửa',
      'Trước hạn',
      'Đúng hạn',
      '16:00',
      '12/08/2025',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
