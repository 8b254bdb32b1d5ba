import { formOf, formSetOn, type FormSet } from '@motcua/core';
import type { ControlSheetData } from '../documents/forms/control-sheet-pdf.ts';
import type { NoticeData } from '../documents/forms/notice-pdf.ts';
import type { ReceiptData } from '../documents/forms/receipt-pdf.ts';

/** Sample data of every form, for the tests that read the PDFs back (text, layout, QR). */
export const CENTER = 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh';
export const BEFORE_2025 = formSetOn('2025-03-10');
export const AFTER_2025 = formSetOn('2025-08-04');

export function sampleReceipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  const code = '000.00.01.H49-250310-0007';
  return {
    formSet: BEFORE_2025,
    centerName: CENTER,
    agencyName: 'Công an tỉnh',
    code,
    secret: 'K7QX9M',
    qrText: `http://127.0.0.1:41234/tra-cuu?code=${code}&secret=K7QX9M`,
    applicant: {
      name: 'Trần Thị Bích Ngọc',
      identity: { label: 'Số định danh cá nhân (CCCD)', number: '022195012345' },
      address: 'Phường Hồng Gai, TP Hạ Long',
      phone: '0912345678',
      email: null,
    },
    counter: { number: 1, name: 'Quầy Công an tỉnh' },
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
    fee: { amount: 200_000, receiptNumber: 'BL-0001234' },
    ledger: { volume: '2025/01', number: 7 },
    officerName: 'Lê Văn Hùng',
    ...overrides,
  };
}

const NOTICE_BODY: Record<NoticeData['kind'], Pick<NoticeData, 'paragraphs' | 'listTitle' | 'list'>> = {
  supplement: { paragraphs: ['Đề nghị Ông/Bà bổ sung:'], listTitle: 'Nội dung:', list: ['Ảnh chân dung 4x6: mờ'] },
  refusal: { paragraphs: ['Cơ quan từ chối tiếp nhận:'], listTitle: 'Lý do:', list: ['Không thuộc thẩm quyền'] },
  apology: { paragraphs: ['Cơ quan xin lỗi Ông/Bà và hẹn lại ngày trả kết quả.'], listTitle: null, list: [] },
  stop: { paragraphs: ['Cơ quan thông báo dừng giải quyết hồ sơ.'], listTitle: null, list: [] },
};

/** Forms 02–05 of a set: every notice the set has. */
export function sampleNotices(formSet: FormSet): NoticeData[] {
  return (['supplement', 'refusal', 'apology', 'stop'] as const)
    .filter((kind) => formOf(formSet, kind))
    .map((kind) => ({
      formSet,
      kind,
      centerName: CENTER,
      agencyName: 'Sở Tư pháp',
      code: '000.00.06.H49-250804-0002',
      applicantName: 'Phạm Đức Long',
      procedureName: 'Cấp phiếu lý lịch tư pháp',
      at: new Date('2025-08-05T02:00:00Z'),
      ...NOTICE_BODY[kind],
      signer: 'Đỗ Thị Mai',
    }));
}

export function sampleControlSheet(overrides: Partial<ControlSheetData> = {}): ControlSheetData {
  return {
    formSet: AFTER_2025,
    centerName: CENTER,
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
        giver: 'Lê Văn Hùng',
        receiver: 'Nguyễn Thị Thu Hằng',
      },
      {
        from: 'Sở Tư pháp — thẩm định',
        to: 'Lãnh đạo phê duyệt',
        at: new Date('2025-08-12T09:00:00Z'),
        result: 'onTime',
        note: 'Đề nghị cấp',
        giver: 'Nguyễn Thị Thu Hằng',
        receiver: 'Vũ Quang Minh',
      },
    ],
    open: true,
    printedAt: new Date('2025-08-19T02:00:00Z'),
    ...overrides,
  };
}
