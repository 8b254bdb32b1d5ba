import type { ProblemEntry } from '../problem-entry.ts';

/** The reports' problem codes (STYLE.md "Errors"): a query naming a center or agency that does not exist. */
export const REPORT_PROBLEMS = {
  'report.center_not_found': { status: 404, title: { vi: 'Không tìm thấy trung tâm', en: 'No such center' } },
  'report.agency_not_found': { status: 404, title: { vi: 'Không tìm thấy cơ quan', en: 'No such agency' } },
  /** One user's open dashboard streams are capped (issue 15 item 12); with Retry-After. */
  'dashboard.too_many_streams': {
    status: 429,
    title: {
      vi: 'Đang mở quá nhiều bảng điều hành trực tiếp, vui lòng đóng bớt rồi thử lại',
      en: 'Too many live dashboards open; close one and try again',
    },
  },
} as const satisfies Record<string, ProblemEntry>;

/** The long exports' problem codes (`ReportExport`). */
export const REPORT_EXPORT_PROBLEMS = {
  'report.export_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy bản xuất báo cáo', en: 'No such report export' },
  },
  /** Its file was asked for before the job finished. */
  'report.export_running': {
    status: 409,
    title: { vi: 'Bản xuất chưa xong, vui lòng chờ', en: 'The export is still running; wait for it' },
  },
  'report.export_failed': {
    status: 409,
    title: {
      vi: 'Bản xuất bị lỗi, không có tệp; vui lòng xuất lại',
      en: 'The export failed and has no file; start it again',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
export type ReportExportProblemCode = keyof typeof REPORT_EXPORT_PROBLEMS;
