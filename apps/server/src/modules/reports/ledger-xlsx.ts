import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { UTC_OFFSET_MS, type LedgerQuery } from '@motcua/core';
import type { LedgerRow } from './ledger-repo.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS = [
  { header: 'STT', width: 7 },
  { header: 'Mã hồ sơ', width: 28 },
  { header: 'Tên thủ tục', width: 50 },
  { header: 'Tổ chức, cá nhân', width: 28 },
  { header: 'Cơ quan', width: 30 },
  { header: 'Ngày, giờ nhận', width: 18 },
  { header: 'Hẹn trả', width: 18 },
  { header: 'Ngày có kết quả', width: 18 },
  { header: 'Ngày trả kết quả', width: 18 },
];

/** Excel shows local wall-clock time: the UTC+7 moment written as a date without zone. */
const local = (at: Date | null) => (at ? new Date(at.getTime() + UTC_OFFSET_MS) : null);
const shown = (date: string) => date.split('-').reverse().join('/');

export const ledgerTitle = (q: LedgerQuery) => `SỔ THEO DÕI HỒ SƠ — từ ngày ${shown(q.from)} đến ngày ${shown(q.to)}`;
export const ledgerFileName = (q: LedgerQuery) => `so-theo-doi-ho-so-${q.from}-${q.to}.xlsx`;

/**
 * Sổ theo dõi hồ sơ (TT 01/2018 mẫu 06, TT 03/2025 mẫu 07; contract of DESIGN §11): a header row, then
 * a row per dossier received in the period. Streamed: rows are written as the pages arrive, and the
 * next page is asked for only once the previous one is written.
 */
export function ledgerXlsx(title: string, pages: AsyncIterable<LedgerRow[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow([title]).commit();
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  void (async () => {
    let n = 0;
    for await (const rows of pages) {
      for (const r of rows) {
        const row = sheet.addRow([
          ++n,
          r.code,
          r.procedureName,
          r.applicantName,
          r.agencyName,
          local(r.receivedAt),
          local(r.dueAt),
          local(r.resolvedAt),
          local(r.returnedAt),
        ]);
        for (const col of [6, 7, 8, 9]) row.getCell(col).numFmt = 'dd/mm/yyyy hh:mm';
        row.commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The same workbook whole in memory (the export job stores it); rejects with the error of any page. */
export async function ledgerXlsxBuffer(title: string, pages: AsyncIterable<LedgerRow[]>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of ledgerXlsx(title, pages)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
