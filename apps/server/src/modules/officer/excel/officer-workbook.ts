import { foldText, type Officer } from '@motcua/core';
import ExcelJS from 'exceljs';
import { asText, plainOf } from '../../catalog/excel/cell.ts';

export { XLSX_MIME } from '../../catalog/excel/catalog-workbook.ts';
export const OFFICER_SHEET = 'Cán bộ';

/** The sheet's columns (issue 16), found by header when read back: an admin may reorder them. */
export const COLUMNS = {
  username: { header: 'Tên đăng nhập', width: 24 },
  fullName: { header: 'Họ và tên', width: 30 },
  email: { header: 'Thư điện tử', width: 30 },
  center: { header: 'Mã trung tâm', width: 18 },
  agency: { header: 'Cơ quan (viết tắt)', width: 18 },
  roles: { header: 'Vai trò', width: 24 },
  active: { header: 'Đang hoạt động', width: 16 },
} as const;
export type ColumnKey = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as ColumnKey[];
export const YES = 'Có';
export const NO = 'Không';

/** One data row as read: its number as Excel shows it and its cells as text ('' when empty). */
export type SheetRow = { row: number; cells: Record<ColumnKey, string> };

/** The officers as a workbook; with no officers it is the import template. */
export async function officerWorkbook(officers: Officer[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(OFFICER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = KEYS.map((key) => ({ key, header: COLUMNS[key].header, width: COLUMNS[key].width }));
  sheet.getRow(1).font = { bold: true };
  for (const o of officers)
    sheet.addRow({
      username: o.username,
      fullName: o.fullName,
      email: o.email ?? '',
      center: o.center?.code ?? '',
      agency: o.agency?.slug ?? '',
      roles: o.roles.join(', '),
      active: o.active ? YES : NO,
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's text as the catalog import reads it: links and rich text by their text, formulas by their result. */
const textOf = (value: ExcelJS.CellValue): string => asText(plainOf(value));

/**
 * The data rows of the sheet, or the reason it cannot be read (not a workbook, no such sheet, a column missing).
 * Empty rows are skipped.
 */
export async function readOfficerSheet(file: Buffer): Promise<{ rows: SheetRow[] } | { unreadable: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { unreadable: 'Tệp không phải là bảng tính Excel (.xlsx)' };
  }
  const sheet = workbook.worksheets.find((s) => foldText(s.name) === foldText(OFFICER_SHEET));
  if (!sheet) return { unreadable: `Không có trang tính "${OFFICER_SHEET}"` };
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => headers.set(foldText(textOf(cell.value)), index));
  const missing = KEYS.filter((k) => !headers.has(foldText(COLUMNS[k].header)));
  if (missing.length > 0) return { unreadable: `Thiếu cột: ${missing.map((k) => COLUMNS[k].header).join(', ')}` };
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = Object.fromEntries(
      KEYS.map((k) => [k, textOf(row.getCell(headers.get(foldText(COLUMNS[k].header))!).value)]),
    ) as Record<ColumnKey, string>;
    if (Object.values(cells).some((c) => c !== '')) rows.push({ row: number, cells });
  });
  return { rows };
}
