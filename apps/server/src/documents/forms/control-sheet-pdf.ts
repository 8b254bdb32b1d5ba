import { formOf, type FormSet } from '@motcua/core';
import { createPdf, heading, nationalHeader, pdfBytes, qr, table } from '../pdf-document.ts';
import { shortMoment, vietnameseMoment } from '../vietnamese-format.ts';

export type HandOver = { from: string; to: string; at: Date; result: 'early' | 'onTime' | 'late' | null; note: string };

export type ControlSheetData = {
  formSet: FormSet;
  centerName: string;
  code: string;
  applicantName: string;
  procedureName: string;
  receivedAt: Date;
  dueAt: Date | null;
  handOvers: HandOver[];
  printedAt: Date;
};

const RESULT_NAMES = { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' } as const;

/** Phiếu kiểm soát quá trình giải quyết hồ sơ: a row per hand-over (giao / nhận), built from the events (DESIGN §6). */
export async function controlSheetPdf(data: ControlSheetData): Promise<Buffer> {
  const form = formOf(data.formSet, 'controlSheet')!;
  const doc = createPdf({ title: `${form.title} ${data.code}`, creationDate: data.printedAt });
  doc.font('italic').fontSize(9).text(`${form.number} — ${data.formSet.basis}`, { align: 'right' });
  nationalHeader(doc, data.centerName);
  await qr(doc, data.code, { x: doc.page.width - doc.page.margins.right - 64, y: doc.page.margins.top + 40, size: 64 });
  heading(doc, form.title, `Mã hồ sơ: ${data.code}`);
  doc.text(`(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ ${data.code})`);
  doc.text(`Cơ quan, tổ chức, cá nhân: ${data.applicantName}`);
  doc.text(`Nội dung: ${data.procedureName}`);
  doc.text(`Tiếp nhận: ${vietnameseMoment(data.receivedAt)}`);
  if (data.dueAt) doc.text(`Hẹn trả kết quả: ${vietnameseMoment(data.dueAt)}`);
  doc.moveDown(0.5);
  table(
    doc,
    [
      { header: 'Tên cơ quan, bộ phận (giao / nhận)', width: 0.38 },
      { header: 'Thời gian giao, nhận hồ sơ', width: 0.2 },
      { header: 'Kết quả giải quyết hồ sơ (trước hạn / đúng hạn / quá hạn)', width: 0.2 },
      { header: 'Ghi chú', width: 0.22 },
    ],
    data.handOvers.map((h, i) => [
      `${i + 1}. Giao: ${h.from}\n    Nhận: ${h.to}`,
      shortMoment(h.at),
      h.result ? RESULT_NAMES[h.result] : '',
      h.note,
    ]),
  );
  return pdfBytes(doc);
}
