import type { ProblemEntry } from './problem-entry.ts';

/** The codes of HTTP itself, whatever the feature: the request's form, the address, and the server's own failure. */
export const GENERAL_PROBLEMS = {
  /** A body, query or params failed its schema; `errors` names each field with its message. */
  'request.validation_failed': { status: 400, title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' } },
  /** The body could not be read at all: broken JSON, an empty JSON body, a wrong Content-Length. */
  'request.malformed': { status: 400, title: { vi: 'Yêu cầu không đúng định dạng', en: 'Malformed request' } },
  'request.payload_too_large': { status: 413, title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' } },
  'request.unsupported_media_type': {
    status: 415,
    title: { vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
  },
  /** A command run once per key (DESIGN §3) without `Idempotency-Key`, or with one not 8–200 visible characters. */
  'request.idempotency_key_required': {
    status: 400,
    title: { vi: 'Thiếu khóa Idempotency-Key cho lệnh này', en: 'This command needs an Idempotency-Key header' },
  },
  /** The key was used before for another body: a retry must repeat its request exactly. */
  'request.idempotency_key_reused': {
    status: 422,
    title: {
      vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác',
      en: 'This Idempotency-Key was used for a different request',
    },
  },
  'route.not_found': { status: 404, title: { vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'No such address' } },
  'route.method_not_allowed': { status: 405, title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' } },
  /** Anything unforeseen; the cause is only in the log, under the request id the problem carries. */
  'server.internal': {
    status: 500,
    title: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' },
  },
  /** The database cannot be reached (a restart, a failover): the client retries after `Retry-After` seconds. */
  'server.unavailable': {
    status: 503,
    title: {
      vi: 'Hệ thống tạm thời gián đoạn, vui lòng thử lại sau ít phút',
      en: 'The service is briefly unavailable, please try again shortly',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
