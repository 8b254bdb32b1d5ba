import { formatLocalDate, dayOfInstant, type ProcedureDetail } from '@motcua/core';
import { createPdf, heading, nationalHeader, pdfBytes, table } from './pdf-document.ts';

const FORM_NAMES = { original: 'Bản chính', certified_copy: 'Bản sao chứng thực', photocopy: 'Bản sao' } as const;
const UNIT_NAMES = { days: 'ngày làm việc', hours: 'giờ làm việc' } as const;
const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

/** The printable list of documents to bring for a procedure (issue 5), in Vietnamese. */
export async function checklistPdf(detail: ProcedureDetail, issuer: string, printedAt: Date): Promise<Buffer> {
  const p = detail.procedure;
  const doc = createPdf({ title: `Danh mục hồ sơ — ${p.name}`, creationDate: printedAt });
  nationalHeader(doc, issuer);
  heading(doc, 'Danh mục thành phần hồ sơ', p.name);
  doc.text(`Mã thủ tục: ${p.code}    Cơ quan giải quyết: ${detail.agency.name}`);
  doc.text(`Lĩnh vực: ${detail.field.name}`);
  doc.text(`Thời hạn giải quyết: ${p.timeLimit.value} ${UNIT_NAMES[p.timeLimit.unit]} kể từ khi nhận đủ hồ sơ hợp lệ`);
  doc.moveDown(0.5);
  table(
    doc,
    [
      { header: 'STT', width: 0.07, align: 'center' },
      { header: 'Tên giấy tờ', width: 0.5 },
      { header: 'Hình thức', width: 0.16 },
      { header: 'Số lượng', width: 0.1, align: 'center' },
      { header: 'Ghi chú', width: 0.17 },
    ],
    p.checklist.map((item, i) => [
      String(i + 1),
      item.name,
      FORM_NAMES[item.form],
      String(item.count),
      [item.required ? 'Bắt buộc' : `Nếu: ${item.condition ?? ''}`, item.note ?? ''].filter(Boolean).join('. '),
    ]),
  );
  if (p.fees.length > 0) {
    doc.font('bold').text('Phí, lệ phí:').font('body');
    for (const fee of p.fees) {
      const amount =
        fee.basis === 'fixed' ? vnd(fee.amount) : fee.rows.map((r) => `${r.label}: ${vnd(r.amount)}`).join('; ');
      doc.text(`- ${fee.name}: ${amount}`);
    }
    doc.moveDown(0.5);
  }
  if (p.legalBasis.length > 0) {
    doc.font('bold').text('Căn cứ pháp lý:').font('body');
    for (const law of p.legalBasis) doc.text(`- ${law}`);
  }
  doc
    .moveDown(1)
    .font('italic')
    .fontSize(9)
    .text(`In ngày ${formatLocalDate(dayOfInstant(printedAt.getTime())).split('-').reverse().join('/')} từ motcua.`);
  return pdfBytes(doc);
}
