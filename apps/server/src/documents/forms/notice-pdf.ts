import { formOf, type FormKind, type FormSet } from '@motcua/core';
import { createPdf, heading, pdfBytes } from '../pdf-document.ts';
import { vietnameseDate } from '../vietnamese-format.ts';
import { formHeader } from './form-header.ts';

/** Forms 02–05 and the control sheet carry the code alone (DESIGN §6: the secret is the receipt's only). */
export const CODE_QR_SIZE = 64;

/** What forms 02–05 share: a notice to the applicant about one dossier, with a list and a signature. */
export type NoticeData = {
  formSet: FormSet;
  kind: Extract<FormKind, 'supplement' | 'refusal' | 'apology' | 'stop'>;
  centerName: string;
  agencyName: string;
  code: string;
  applicantName: string;
  procedureName: string;
  at: Date;
  paragraphs: string[];
  listTitle: string | null;
  list: string[];
  signer: string;
};

/**
 * Phiếu yêu cầu bổ sung (02), Phiếu từ chối (03), Phiếu xin lỗi / Văn bản xin lỗi và đề nghị gia hạn (04)
 * and Thông báo dừng giải quyết (05, TT 03/2025 only), from the set in force on the reception day.
 */
export async function noticePdf(data: NoticeData): Promise<Buffer> {
  const form = formOf(data.formSet, data.kind);
  if (!form) throw new Error(`${data.formSet.id} has no ${data.kind} form`);
  const doc = createPdf({ title: `${form.title} ${data.code}`, creationDate: data.at });
  const formLine = `${form.number} — ${data.formSet.basis}`;
  await formHeader(doc, { formLine, issuer: data.centerName, qrText: data.code, qrSize: CODE_QR_SIZE });
  heading(doc, form.title, `Mã hồ sơ: ${data.code}`);
  doc.text(`Kính gửi: ${data.applicantName}`);
  doc.text(`${data.agencyName} nhận được hồ sơ đề nghị: ${data.procedureName}.`);
  for (const p of data.paragraphs) doc.text(p);
  if (data.listTitle) {
    doc.moveDown(0.3).font('bold').text(data.listTitle).font('body');
    data.list.forEach((item, i) => doc.text(`${i + 1}. ${item}`));
  }
  doc.moveDown(0.5).text('Xin trân trọng cảm ơn!');
  doc.moveDown(1).font('italic').text(vietnameseDate(data.at), { align: 'right' });
  doc.font('bold').text('NGƯỜI TIẾP NHẬN / CƠ QUAN GIẢI QUYẾT', { align: 'right' });
  doc.moveDown(2).font('body').text(data.signer, { align: 'right' });
  return pdfBytes(doc);
}
