import type { ProblemEntry } from '../problem-entry.ts';

/** The catalog's problem codes; the reasons a procedure's content is refused are `CATALOG_MESSAGES`. */
export const CATALOG_PROBLEMS = {
  'catalog.procedure_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy thủ tục hành chính', en: 'No such procedure' },
  },
  'catalog.field_not_found': { status: 404, title: { vi: 'Không tìm thấy lĩnh vực', en: 'No such field' } },
  'catalog.code_taken': { status: 409, title: { vi: 'Mã thủ tục đã tồn tại', en: 'This procedure code is taken' } },
  /** The procedure's version moved on since the editor loaded it (optimistic locking). */
  'catalog.version_conflict': {
    status: 409,
    title: {
      vi: 'Thủ tục đã được người khác sửa, vui lòng tải lại',
      en: 'The procedure was changed meanwhile; reload it',
    },
  },
  'catalog.import_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy lần nhập danh mục', en: 'No such catalog import' },
  },
  /** An Excel import is all or nothing: with one invalid row, no row is written. */
  'catalog.import_rejected': {
    status: 422,
    title: {
      vi: 'Tệp nhập có dòng không hợp lệ, chưa nhập dòng nào',
      en: 'The file has invalid rows; nothing was imported',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
