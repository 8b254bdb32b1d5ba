import type { Language } from '../language.ts';

/**
 * Why a delegation is refused (422), by key. The same texts serve as the problem's title
 * (`DELEGATION_PROBLEMS`) and, in `VALIDATION_MESSAGES`, as the message under the form field the
 * refusal concerns.
 */
export const DELEGATION_MESSAGES = {
  'delegation.officer_not_found': { vi: 'Không tìm thấy cán bộ', en: 'No such officer' },
  'delegation.other_agency': {
    vi: 'Chỉ ủy quyền giữa các cán bộ của cơ quan mình',
    en: "Delegate only between your own agency's officers",
  },
  'delegation.to_self': {
    vi: 'Không thể ủy quyền cho chính cán bộ vắng mặt',
    en: 'An officer cannot delegate to themself',
  },
  'delegation.delegate_disabled': {
    vi: 'Tài khoản của người nhận ủy quyền đã bị khóa',
    en: "The delegate's account is disabled",
  },
  'delegation.period_reversed': {
    vi: 'Thời điểm kết thúc ủy quyền phải sau thời điểm bắt đầu',
    en: 'A delegation ends after it starts',
  },
  'delegation.period_over': { vi: 'Thời gian ủy quyền đã qua', en: 'This period is already over' },
  'delegation.roles_missing': {
    vi: 'Người nhận ủy quyền không có đủ vai trò xử lý hồ sơ của cán bộ vắng mặt',
    en: "The delegate lacks some of the absent officer's dossier roles",
  },
  'delegation.overlap': {
    vi: 'Cán bộ này đã có ủy quyền khác trùng thời gian',
    en: 'This officer already has a delegation in this period',
  },
  'delegation.loop': {
    vi: 'Ủy quyền này tạo thành vòng, không còn ai xử lý hồ sơ',
    en: 'This delegation would close a loop: nobody would be left to do the work',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type DelegationRefusalCode = keyof typeof DELEGATION_MESSAGES;
