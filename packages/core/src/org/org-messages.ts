import type { Language } from '../language.ts';

/** Message keys of the organisation's schemas and of the password policy (field errors), with their texts. */
export const ORG_MESSAGES = {
  'org.invalid_center_code': {
    vi: 'Mã trung tâm gồm một chữ và hai số (ví dụ A01) hoặc mã định danh 4 nhóm (ví dụ 000.00.01.A01)',
    en: 'A center code is a letter and two digits (e.g. A01) or a four-group identifier (e.g. 000.00.01.A01)',
  },
  'org.invalid_username': {
    vi: 'Tên đăng nhập gồm 3–60 chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang',
    en: 'A username is 3–60 letters, digits, dots, underscores or hyphens',
  },
  'org.invalid_email': { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'Not a valid e-mail address' },
  'password.too_short': {
    vi: 'Mật khẩu phải có ít nhất 12 ký tự',
    en: 'A password has at least 12 characters',
  },
  'password.too_common': {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
    en: 'This password is too common and easy to guess; choose another',
  },
  'password.contains_username': {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'A password must not contain the username',
  },
  'password.wrong_current': { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
} as const satisfies Record<string, Record<Language, string>>;
