import { formOf, type FormSet } from '@motcua/core';
import { createPdf, heading, pdfBytes, table } from '../pdf-document.ts';
import { shortMoment, vietnameseMoment } from '../vietnamese-format.ts';
import { formHeader } from './form-header.ts';
import { CODE_QR_SIZE } from './notice-pdf.ts';

export type HandOver = {
  from: string;
  to: string;
  at: Date;
  result: 'early' | 'onTime' | 'late' | null;
  note: string;
  /** Who handed over and who received, by name; empty when nobody is known yet (signed by hand). */
  giver: string;
  receiver: string;
};

export type ControlSheetData = {
  formSet: FormSet;
  centerName: string;
  code: string;
  applicantName: string;
  procedureName: string;
  receivedAt: Date;
  dueAt: Date | null;
  handOvers: HandOver[];
  /** Whether hand-overs may still come: the sheet then ends with blank rows to fill in and sign by hand. */
  open: boolean;
  printedAt: Date;
};

/** Blank rows at the end of an open dossier's sheet: the paper copy travels with the dossier and is filled in by hand. */
const SPARE_ROWS = 2;

const RESULT_NAMES = { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' } as const;

/** A signature space in a cell: room to sign above the printed name (TT 01/2018 mẫu 05, TT 03/2025 mẫu 06). */
const signed = (name: string) => `\n\n\n${name}`;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ: a row per hand-over (giao / nhận), built from the events (DESIGN §6),
 * each with the officer who handed the dossier over and the one who received it, and room for both to sign.
 */
export async function controlSheetPdf(data: ControlSheetData): Promise<Buffer> {
  const form = formOf(data.formSet, 'controlSheet')!;
  const doc = createPdf({ title: `${form.title} ${data.code}`, creationDate: data.printedAt });
  const formLine = `${form.number} — ${data.formSet.basis}`;
  await formHeader(doc, { formLine, issuer: data.centerName, qrText: data.code, qrSize: CODE_QR_SIZE });
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
      { header: 'Tên cơ quan, bộ phận (giao / nhận)', width: 0.24 },
      { header: 'Thời gian giao, nhận hồ sơ', width: 0.14, align: 'center' },
      { header: 'Người giao (ký, ghi rõ họ tên)', width: 0.16, align: 'center' },
      { header: 'Người nhận (ký, ghi rõ họ tên)', width: 0.16, align: 'center' },
      { header: 'Kết quả (trước hạn / đúng hạn / quá hạn)', width: 0.13, align: 'center' },
      { header: 'Ghi chú', width: 0.17 },
    ],
    [
      ...data.handOvers.map((h, i) => [
        `${i + 1}. Giao: ${h.from}\nNhận: ${h.to}`,
        shortMoment(h.at).replace(' ', '\n'),
        signed(h.giver),
        signed(h.receiver),
        h.result ? RESULT_NAMES[h.result] : '',
        h.note,
      ]),
      ...Array.from({ length: data.open ? SPARE_ROWS : 0 }, (_, i) => [
        `${data.handOvers.length + i + 1}. Giao:\nNhận:`,
        '',
        signed(''),
        '',
        '',
        '',
      ]),
    ],
  );
  return pdfBytes(doc);
}
