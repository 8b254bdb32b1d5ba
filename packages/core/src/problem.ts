import { z } from 'zod';
import { DOSSIER_PROBLEMS } from './dossier/dossier-problems.ts';
import { RATING_PROBLEMS } from './rating/rating.ts';
import { COUNTER_PROBLEMS } from './counter/counter-problems.ts';
import { DOCUMENT_PROBLEMS } from './document/document-problems.ts';
import { DELEGATION_PROBLEMS } from './delegation/delegation-problems.ts';
import { REPORT_EXPORT_PROBLEMS } from './report/report-export.ts';

/** Languages of the UI and of error messages: Vietnamese first, English second. */
export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

type Entry = { status: number; title: Record<Language, string> };

/**
 * The one registry of error codes (STYLE.md "Errors"). Each becomes RFC 9457 problem+json with
 * `type: urn:motcua:problem:<code>`. Codes are stable: clients match on them.
 */
export const PROBLEMS = {
  'request.validation_failed': { status: 400, title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' } },
  'request.malformed': { status: 400, title: { vi: 'Yêu cầu không đúng định dạng', en: 'Malformed request' } },
  'request.payload_too_large': { status: 413, title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' } },
  'request.unsupported_media_type': {
    status: 415,
    title: { vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
  },
  'route.not_found': { status: 404, title: { vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'No such address' } },
  'route.method_not_allowed': { status: 405, title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' } },
  'auth.invalid_credentials': {
    status: 401,
    title: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  },
  'auth.unauthenticated': { status: 401, title: { vi: 'Bạn cần đăng nhập', en: 'You need to sign in' } },
  'auth.forbidden': {
    status: 403,
    title: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  },
  'auth.throttled': {
    status: 429,
    title: { vi: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau', en: 'Too many failed sign-ins, try again later' },
  },
  'lookup.throttled': {
    status: 429,
    title: { vi: 'Tra cứu sai quá nhiều lần, vui lòng thử lại sau', en: 'Too many failed look-ups, try again later' },
  },
  'auth.account_disabled': { status: 403, title: { vi: 'Tài khoản đã bị khóa', en: 'This account is disabled' } },
  'calendar.date_out_of_range': {
    status: 400,
    title: { vi: 'Ngày nằm ngoài phạm vi lịch (1900–2100)', en: "Date outside the calendar's range (1900–2100)" },
  },
  'calendar.notice_not_found': {
    status: 404,
    title: { vi: 'Năm này chưa có thông báo lịch nghỉ', en: 'No notice has been entered for this year' },
  },
  'dossier.form_not_available': {
    status: 404,
    title: { vi: 'Hồ sơ chưa có phiếu này', en: 'This dossier has no such form yet' },
  },
  'catalog.procedure_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy thủ tục hành chính', en: 'No such procedure' },
  },
  'catalog.field_not_found': { status: 404, title: { vi: 'Không tìm thấy lĩnh vực', en: 'No such field' } },
  'catalog.code_taken': { status: 409, title: { vi: 'Mã thủ tục đã tồn tại', en: 'This procedure code is taken' } },
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
  'catalog.import_rejected': {
    status: 422,
    title: {
      vi: 'Tệp nhập có dòng không hợp lệ, chưa nhập dòng nào',
      en: 'The file has invalid rows; nothing was imported',
    },
  },
  'request.idempotency_key_required': {
    status: 400,
    title: { vi: 'Thiếu khóa Idempotency-Key cho lệnh này', en: 'This command needs an Idempotency-Key header' },
  },
  'request.idempotency_key_reused': {
    status: 422,
    title: {
      vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác',
      en: 'This Idempotency-Key was used for a different request',
    },
  },
  'report.center_not_found': { status: 404, title: { vi: 'Không tìm thấy trung tâm', en: 'No such center' } },
  'report.agency_not_found': { status: 404, title: { vi: 'Không tìm thấy cơ quan', en: 'No such agency' } },
  ...DOSSIER_PROBLEMS,
  ...RATING_PROBLEMS,
  ...COUNTER_PROBLEMS,
  ...DOCUMENT_PROBLEMS,
  ...DELEGATION_PROBLEMS,
  ...REPORT_EXPORT_PROBLEMS,
  'server.internal': {
    status: 500,
    title: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' },
  },
} as const satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_TYPE_PREFIX = 'urn:motcua:problem:';

export const FieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details as motcua sends them; the web client parses with the same schema. */
export const Problem = z.object({
  type: z.string(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;

export function problemCodeOf(type: string): ProblemCode | null {
  const code = type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : '';
  return code in PROBLEMS ? (code as ProblemCode) : null;
}

/** Picks vi or en from an Accept-Language header; Vietnamese unless English is preferred over it. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((x) => x.lang === 'vi' || x.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === 'en' ? 'en' : 'vi';
}
