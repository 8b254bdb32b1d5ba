import type { Language } from '../problem.ts';

type Entry = { status: number; title: Record<Language, string> };

/**
 * The documents' problem codes with status and titles, to be merged into `PROBLEMS` of problem.ts
 * like `DOSSIER_PROBLEMS`. Until then the server answers with the general code of the same status
 * and puts the title below in `detail`.
 */
export const DOCUMENT_PROBLEMS = {
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
} as const satisfies Record<string, Entry>;
export type DocumentProblemCode = keyof typeof DOCUMENT_PROBLEMS;
