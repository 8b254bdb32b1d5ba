import type { ProblemEntry } from '../problem-entry.ts';

/** Sign-in, session and permission codes, and the throttles of login-throttle.ts. */
export const AUTH_PROBLEMS = {
  'auth.invalid_credentials': {
    status: 401,
    title: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  },
  'auth.unauthenticated': { status: 401, title: { vi: 'Bạn cần đăng nhập', en: 'You need to sign in' } },
  /** A role or scope that may not act: every area answers with this one rather than a code of its own. */
  'auth.forbidden': {
    status: 403,
    title: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  },
  /** `LOGIN_THROTTLE`: too many failures for the account or the address in the window; with Retry-After. */
  'auth.throttled': {
    status: 429,
    title: { vi: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau', en: 'Too many failed sign-ins, try again later' },
  },
  /** `LOOKUP_THROTTLE`: too many wrong code/secret pairs from one address, even before this one is checked. */
  'lookup.throttled': {
    status: 429,
    title: { vi: 'Tra cứu sai quá nhiều lần, vui lòng thử lại sau', en: 'Too many failed look-ups, try again later' },
  },
  /**
   * `PHONE_DIGITS_CAP`: this code's phone digits were guessed wrong too often (from anywhere); the receipt's secret
   * still opens it. 429 with Retry-After: the digits work again when the cooling period ends.
   */
  'lookup.phone_digits_disabled': {
    status: 429,
    title: {
      vi: 'Tra cứu bằng 4 số cuối điện thoại tạm khóa cho hồ sơ này, vui lòng dùng mã tra cứu in trên giấy tiếp nhận',
      en: 'Look-up by phone digits is paused for this dossier; use the look-up secret printed on the receipt',
    },
  },
  'auth.account_disabled': { status: 403, title: { vi: 'Tài khoản đã bị khóa', en: 'This account is disabled' } },
} as const satisfies Record<string, ProblemEntry>;
