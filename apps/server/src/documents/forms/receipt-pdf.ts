import { formOf, type DocumentForm, type FormSet, type WorkingLimit } from '@motcua/core';
import { createPdf, heading, pdfBytes, table } from '../pdf-document.ts';
import { DOCUMENT_FORM_NAMES, LIMIT_UNIT_NAMES, vnd, vietnameseDate, vietnameseMoment } from '../vietnamese-format.ts';
import { formHeader } from './form-header.ts';

/** The receipt's QR carries the look-up address with its secret: big enough for a phone held at arm's length. */
export const RECEIPT_QR_SIZE = 80;

export type ReceiptData = {
  formSet: FormSet;
  centerName: string;
  agencyName: string;
  code: string;
  /** Printed only here and inside this form's QR (DESIGN §6). */
  secret: string;
  qrText: string;
  /** As the reader may see it (core `masksPersonalData`): the identity number, phone and e-mail may come masked. */
  applicant: {
    name: string;
    /** CCCD of a person, tax code of an organisation. */
    identity: { label: string; number: string };
    address: string;
    phone: string;
    email: string | null;
  };
  /** The counter that received it (DESIGN §2), when the officer had signed in at one. */
  counter: { number: number; name: string } | null;
  procedureName: string;
  documents: { name: string; form: DocumentForm; count: number }[];
  sets: number;
  timeLimit: WorkingLimit;
  receivedAt: Date;
  dueAt: Date;
  delivery: string;
  /** The fee and charge paid at reception, with the receipt's number (DESIGN §6 "Fees"); null: none collected. */
  fee: { amount: number; receiptNumber: string } | null;
  ledger: { volume: string; number: number };
  officerName: string;
};

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01 of TT 01/2018 and of TT 03/2025): two copies, one
 * for the applicant and one that goes with the control sheet.
 */
export async function receiptPdf(data: ReceiptData): Promise<Buffer> {
  const form = formOf(data.formSet, 'receipt')!;
  const doc = createPdf({ title: `${form.title} ${data.code}`, creationDate: data.receivedAt });
  for (const copy of ['Liên 1: giao người nộp hồ sơ', 'Liên 2: lưu kèm Phiếu kiểm soát quá trình giải quyết hồ sơ']) {
    if (copy.startsWith('Liên 2')) doc.addPage();
    await formHeader(doc, {
      formLine: `${form.number} — ${data.formSet.basis}`,
      issuer: data.centerName,
      qrText: data.qrText,
      qrSize: RECEIPT_QR_SIZE,
    });
    heading(doc, form.title, `Mã hồ sơ: ${data.code}    Mã tra cứu: ${data.secret}`);
    doc.text(`${data.centerName} — ${data.agencyName}`);
    if (data.counter) doc.text(`Nơi tiếp nhận: Quầy số ${data.counter.number} — ${data.counter.name}`);
    doc.text(`Tiếp nhận hồ sơ của: ${data.applicant.name}`);
    doc.text(`${data.applicant.identity.label}: ${data.applicant.identity.number}`);
    doc.text(`Địa chỉ: ${data.applicant.address}`);
    doc.text(`Số điện thoại: ${data.applicant.phone}    Thư điện tử: ${data.applicant.email ?? '—'}`);
    doc.text(`Nội dung yêu cầu giải quyết: ${data.procedureName}`);
    doc.moveDown(0.3).text('1. Thành phần hồ sơ nộp gồm:');
    table(
      doc,
      [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: 'Tên giấy tờ', width: 0.6 },
        { header: 'Hình thức', width: 0.2 },
        { header: 'Số lượng', width: 0.12, align: 'center' },
      ],
      data.documents.map((d, i) => [String(i + 1), d.name, DOCUMENT_FORM_NAMES[d.form], String(d.count)]),
    );
    doc.text(`2. Số lượng hồ sơ: ${data.sets} (bộ)`);
    doc.text(
      `3. Thời gian giải quyết hồ sơ theo quy định là: ${data.timeLimit.value} ${LIMIT_UNIT_NAMES[data.timeLimit.unit]}`,
    );
    doc.text(`4. Thời gian nhận hồ sơ: ${vietnameseMoment(data.receivedAt)}`);
    doc.text(`5. Thời gian trả kết quả giải quyết hồ sơ: ${vietnameseMoment(data.dueAt)}`);
    doc.text(`6. Đăng ký nhận kết quả tại: ${data.delivery}`);
    doc.text(
      `7. Phí, lệ phí đã nộp: ${data.fee ? `${vnd(data.fee.amount)}, biên lai số ${data.fee.receiptNumber}` : 'không thu khi tiếp nhận'}`,
    );
    doc.text(`Vào Sổ theo dõi hồ sơ, Quyển số: ${data.ledger.volume}, Số thứ tự: ${data.ledger.number}`);
    doc.moveDown(1);
    signatures(
      doc,
      'NGƯỜI NỘP HỒ SƠ',
      data.applicant.name,
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      data.officerName,
      vietnameseDate(data.receivedAt),
    );
    doc.moveDown(0.5).font('italic').fontSize(9).text(copy);
  }
  return pdfBytes(doc);
}

/** Two signature blocks side by side: the applicant's and the officer's (form 01: "two signatures"). */
export function signatures(
  doc: PDFKit.PDFDocument,
  leftTitle: string,
  leftName: string,
  rightTitle: string,
  rightName: string,
  date: string,
): void {
  const left = doc.page.margins.left;
  const half = (doc.page.width - left - doc.page.margins.right) / 2;
  const y = doc.y;
  doc
    .font('italic')
    .fontSize(10)
    .text(date, left + half, y, { width: half, align: 'center' });
  const top = doc.y;
  doc.font('bold').fontSize(10).text(leftTitle, left, top, { width: half, align: 'center' });
  doc.text(rightTitle, left + half, top, { width: half, align: 'center' });
  doc.font('italic').fontSize(9).text('(Ký và ghi rõ họ tên)', left, doc.y, { width: half, align: 'center' });
  doc.text('(Ký và ghi rõ họ tên)', left + half, doc.y - doc.currentLineHeight(), { width: half, align: 'center' });
  const names = doc.y + 40;
  doc.font('body').fontSize(11).text(leftName, left, names, { width: half, align: 'center' });
  doc.text(rightName, left + half, names, { width: half, align: 'center' });
  doc.x = left;
}
