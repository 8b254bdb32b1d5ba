import type { ProblemEntry } from '../problem-entry.ts';

/** The documents' problem codes with status and titles (STYLE.md "Errors"). */
export const DOCUMENT_PROBLEMS = {
  /** Judged by the content's signature (document-type.ts), whatever the file's name or declared type. */
  'document.type_not_accepted': {
    status: 415,
    title: {
      vi: 'Loại tệp không được chấp nhận: chỉ nhận PDF, JPEG, PNG, DOCX, XLSX',
      en: 'File type not accepted: only PDF, JPEG, PNG, DOCX and XLSX',
    },
  },
  'document.active_content': {
    status: 415,
    title: {
      vi: 'Tệp có macro hoặc mã thực thi nên không được chấp nhận',
      en: 'Files with macros or other code are not accepted',
    },
  },
  'document.too_large': {
    status: 413,
    title: {
      vi: 'Tệp vượt quá dung lượng cho phép (PDF 20 MB; JPEG, PNG, DOCX, XLSX 10 MB)',
      en: 'The file is too large (PDF 20 MB; JPEG, PNG, DOCX, XLSX 10 MB)',
    },
  },
  'document.not_found': { status: 404, title: { vi: 'Không tìm thấy tệp', en: 'No such document' } },
  'document.already_attached': {
    status: 409,
    title: {
      vi: 'Tệp đã thuộc một hồ sơ khác và không được chuyển sang hồ sơ khác',
      en: 'The document belongs to another dossier and cannot be moved',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
export type DocumentProblemCode = keyof typeof DOCUMENT_PROBLEMS;
