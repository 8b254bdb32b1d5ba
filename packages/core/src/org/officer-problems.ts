import type { ProblemEntry } from '../problem-entry.ts';

/** Officers, their passwords and their import (issue 16). */
export const OFFICER_PROBLEMS = {
  'user.not_found': { status: 404, title: { vi: 'Không tìm thấy người dùng', en: 'No such user' } },
  'org.username_taken': {
    status: 409,
    title: { vi: 'Tên đăng nhập đã được dùng', en: 'This username is already used' },
  },
  'org.officer_needs_center': {
    status: 400,
    title: { vi: 'Cán bộ với vai trò này cần thuộc một trung tâm', en: 'An officer with these roles needs a center' },
  },
  'org.officer_needs_agency': {
    status: 400,
    title: {
      vi: 'Cán bộ của trung tâm cấp tỉnh cần thuộc một cơ quan',
      en: 'An officer of the province center needs an agency',
    },
  },
  'org.agency_not_at_center': {
    status: 400,
    title: { vi: 'Cơ quan không làm việc tại trung tâm này', en: 'This agency does not serve at this center' },
  },
  'org.role_not_assignable': {
    status: 400,
    title: { vi: 'Không thể giao vai trò này cho cán bộ', en: 'This role cannot be given to an officer' },
  },
  'org.email_required': {
    status: 400,
    title: {
      vi: 'Cần địa chỉ thư điện tử để gửi liên kết đặt mật khẩu',
      en: 'An e-mail address is needed to send the link',
    },
  },
  /** An admin who deactivated themselves would be locked out with nobody to let them back in. */
  'org.cannot_deactivate_self': {
    status: 409,
    title: { vi: 'Không thể tự khóa tài khoản của chính mình', en: 'You cannot deactivate your own account' },
  },
  /** The same lock-out by another way: an admin who drops their own admin role. */
  'org.cannot_remove_own_admin': {
    status: 409,
    title: { vi: 'Không thể tự bỏ vai trò quản trị của chính mình', en: 'You cannot remove your own admin role' },
  },
  /** Until a temporary password is changed, every route but `me` and `auth/*` (DESIGN §11 org). */
  'auth.password_change_required': {
    status: 403,
    title: { vi: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục', en: 'Change your temporary password to go on' },
  },
  /** The policy refused the new password; the field error says why. */
  'auth.password_rejected': {
    status: 400,
    title: { vi: 'Mật khẩu mới chưa đạt yêu cầu', en: 'The new password does not meet the policy' },
  },
  'auth.wrong_current_password': {
    status: 400,
    title: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  },
  'auth.password_link_invalid': {
    status: 400,
    title: {
      vi: 'Liên kết đặt mật khẩu không hợp lệ hoặc đã hết hạn',
      en: 'This password link is not valid or has expired',
    },
  },
  'org.import_unreadable': {
    status: 400,
    title: { vi: 'Không đọc được tệp Excel', en: 'The Excel file cannot be read' },
  },
  'org.import_not_found': { status: 404, title: { vi: 'Không tìm thấy lần nhập', en: 'No such import' } },
} as const satisfies Record<string, ProblemEntry>;
