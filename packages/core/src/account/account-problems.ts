import type { ProblemEntry } from '../problem-entry.ts';

/** Citizens' accounts (DESIGN §15): codes, profile, the national identity log-in. */
export const ACCOUNT_PROBLEMS = {
  /** `checkCode`: a wrong code, tries left; the field error says how many. */
  'account.code_invalid': {
    status: 400,
    title: { vi: 'Mã xác minh không đúng', en: 'The verification code is wrong' },
  },
  /** Used, expired, exhausted or unknown: a new code is needed. */
  'account.code_expired': {
    status: 400,
    title: {
      vi: 'Mã xác minh đã hết hạn hoặc không còn dùng được, vui lòng yêu cầu mã mới',
      en: 'The verification code has expired or can no longer be used; ask for a new one',
    },
  },
  /** `CODE_MAIL_THROTTLE`: with Retry-After. */
  'account.code_throttled': {
    status: 429,
    title: {
      vi: 'Đã gửi quá nhiều mã, vui lòng thử lại sau',
      en: 'Too many codes were sent; try again later',
    },
  },
  /** A profile's name, number or birth date proven by the national identity log-in. */
  'account.identity_locked': {
    status: 409,
    title: {
      vi: 'Họ tên, số định danh và ngày sinh đã được xác thực bằng định danh điện tử, không thể sửa',
      en: 'Name, identity number and birth date were verified by the national identity and cannot be changed',
    },
  },
  'account.session_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy phiên đăng nhập', en: 'No such session' },
  },
  /** Deleting an account without a password needs a sign-in of the last minutes (a left-open session is not enough). */
  'account.recent_sign_in_required': {
    status: 403,
    title: {
      vi: 'Vui lòng đăng nhập lại bằng định danh điện tử trước khi xóa tài khoản',
      en: 'Sign in again with the national identity before deleting the account',
    },
  },
  'identity.not_configured': {
    status: 404,
    title: {
      vi: 'Đăng nhập bằng định danh điện tử chưa được cấu hình',
      en: 'The national identity log-in is not configured',
    },
  },
  /** An unknown, expired or foreign state, a refused code exchange, or an answer without a valid identity number. */
  'identity.login_failed': {
    status: 400,
    title: {
      vi: 'Đăng nhập bằng định danh điện tử không thành công, vui lòng thử lại',
      en: 'The national identity log-in did not succeed; please try again',
    },
  },
  'identity.linked_elsewhere': {
    status: 409,
    title: {
      vi: 'Số định danh này đã gắn với một tài khoản khác',
      en: 'This identity number is linked to another account',
    },
  },
  'identity.other_number': {
    status: 409,
    title: {
      vi: 'Tài khoản đã được xác thực với một số định danh khác',
      en: 'This account is verified with another identity number',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
