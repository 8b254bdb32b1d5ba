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
      vi: 'Tệp có macro, mã lệnh hoặc thao tác tự chạy nên không được chấp nhận',
      en: 'Files with macros, scripts or actions that run by themselves are not accepted',
    },
  },
  /** Read by a real parser (pdf-lib, yauzl, the image's own structure): a file it cannot read in full is not stored. */
  'document.unreadable': {
    status: 422,
    title: {
      vi: 'Tệp bị hỏng, bị cắt cụt hoặc được mã hóa nên không kiểm tra được',
      en: 'The file is damaged, cut short or encrypted and cannot be checked',
    },
  },
  /** A file that is also a web page (HTML before a PDF, data after an image's end) can run as one. */
  'document.polyglot': {
    status: 415,
    title: {
      vi: 'Tệp đồng thời là một loại tệp khác (trang web hoặc dữ liệu thừa) nên không được chấp nhận',
      en: 'The file is also another kind of file (a web page or extra data) and is not accepted',
    },
  },
  'document.embedded_content': {
    status: 415,
    title: {
      vi: 'Tệp chứa tệp đính kèm, đối tượng nhúng hoặc chương trình nên không được chấp nhận',
      en: 'Files carrying attachments, embedded objects or programs are not accepted',
    },
  },
  /** decide-upload.ts ARCHIVE_LIMITS: a decompression bomb is refused before it is unpacked in full. */
  'document.expands_too_much': {
    status: 422,
    title: {
      vi: 'Tệp nén giải nén ra quá lớn hoặc quá nhiều thành phần (tối đa 1.000 thành phần, 100 MB)',
      en: 'The package unpacks to too much or too many parts (at most 1,000 parts, 100 MB)',
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
