import { validationMessage, type Language } from '@motcua/core';

/**
 * Reasons of the Excel import that the core's `VALIDATION_MESSAGES` does not have yet, in its shape,
 * so that they can move there. `{name}` is replaced by `importMessage`'s parameters.
 */
export const IMPORT_MESSAGES = {
  'catalog.import_not_xlsx': {
    vi: 'Tệp không phải là bảng tính Excel (.xlsx) đọc được',
    en: 'The file is not a readable Excel workbook (.xlsx)',
  },
  'catalog.import_sheet_missing': { vi: 'Tệp thiếu trang tính “{sheet}”', en: 'The workbook has no sheet “{sheet}”' },
  'catalog.import_column_missing': {
    vi: 'Thiếu cột “{column}” ở dòng tiêu đề',
    en: 'The header row has no column “{column}”',
  },
  'catalog.import_number_expected': { vi: 'Cần một số', en: 'A number is expected' },
  'catalog.import_choice_expected': {
    vi: 'Giá trị không hợp lệ, chọn một trong: {choices}',
    en: 'Unknown value; one of: {choices}',
  },
  'catalog.import_json_expected': { vi: 'Nội dung không phải JSON hợp lệ', en: 'Not valid JSON' },
  'catalog.import_fee_row_expected': {
    vi: 'Mỗi dòng ghi “Trường hợp: số tiền”, ví dụ “Nhà ở riêng lẻ: 75000”',
    en: 'One “case: amount” per line, e.g. “Houses: 75000”',
  },
  'catalog.import_code_repeated': {
    vi: 'Mã thủ tục đã có ở dòng {row}',
    en: 'This procedure code is already on row {row}',
  },
  'catalog.import_code_not_in_sheet': {
    vi: 'Mã thủ tục không có trong trang “{sheet}”',
    en: 'The procedure code is not on the sheet “{sheet}”',
  },
  'catalog.import_field_repeated': {
    vi: 'Mã lĩnh vực đã có ở dòng {row}',
    en: 'This field code is already on row {row}',
  },
  'catalog.import_unknown_agency': {
    vi: 'Không có cơ quan với mã viết tắt này',
    en: 'No agency has this short name',
  },
  'catalog.import_field_of_other_agency': {
    vi: 'Lĩnh vực này đã thuộc cơ quan khác',
    en: 'This field already belongs to another agency',
  },
  'catalog.import_changed_meanwhile': {
    vi: 'Thủ tục đã được sửa trong lúc nhập, vui lòng xuất lại tệp',
    en: 'The procedure changed during the import; export again',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** Our own import reasons, in Vietnamese: the job keeps its reasons as text (DESIGN §3: vi first). */
export function importMessage(key: ImportMessageKey, params: Record<string, string | number> = {}): string {
  return IMPORT_MESSAGES[key].vi.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A core message key (or zod's own Vietnamese wording) as the reason shown to the admin. */
export function reasonOf(message: string): string {
  return validationMessage(message, 'vi') ?? message;
}
