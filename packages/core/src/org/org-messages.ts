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
  'org.district_ended': {
    vi: 'Trung tâm cấp huyện chỉ mở đến hết ngày 30/06/2025; sau đó là cấp xã',
    en: 'District centers open until 2025-06-30 only; communes follow',
  },
  'org.commune_not_yet': {
    vi: 'Trung tâm cấp xã mở từ ngày 01/07/2025',
    en: 'Commune centers open from 2025-07-01',
  },
  'org.branch_code_format': {
    vi: 'Trung tâm cấp huyện, cấp xã dùng mã định danh 4 nhóm (ví dụ 000.20.31.A01): mã hồ sơ tiếp nhận tại đó bắt đầu bằng mã này',
    en: 'A district or commune center has a four-group identifier (e.g. 000.20.31.A01): its dossier codes begin with it',
  },
  'org.province_has_no_parent': {
    vi: 'Trung tâm cấp tỉnh không có trung tâm cấp trên',
    en: 'A province center has no parent',
  },
  'org.parent_not_found': { vi: 'Không tìm thấy trung tâm cấp trên', en: 'No such parent center' },
  'org.parent_not_in_force': {
    vi: 'Trung tâm cấp trên không hoạt động vào ngày bắt đầu',
    en: 'The parent center is not open on the first day',
  },
  'org.unknown_center': { vi: 'Có mã trung tâm không tồn tại', en: 'A center code does not exist' },
  'org.unknown_agency': { vi: 'Không tìm thấy cơ quan', en: 'No such agency' },
  'org.agency_not_at_center': {
    vi: 'Cơ quan không làm việc tại trung tâm này',
    en: 'This agency does not serve at this center',
  },
  'org.successor_not_found': { vi: 'Không tìm thấy cơ quan kế thừa', en: 'No such successor agency' },
  'org.successor_not_in_force': {
    vi: 'Cơ quan kế thừa phải là cơ quan khác, còn hoạt động từ ngày hôm sau',
    en: 'The successor is another agency, in force from the next day',
  },
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
