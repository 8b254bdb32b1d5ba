import type { Role } from '../auth/role.ts';
import { UTC_OFFSET_MS, type Instant } from '../calendar/local-date.ts';
import type { Language } from '../problem.ts';

type Entry = { status: number; title: Record<Language, string> };

/**
 * Why a delegation is refused (422), by key. The same texts serve as the problem's title and, to be
 * merged into `VALIDATION_MESSAGES`, as the message under the form field the refusal concerns.
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

const refusal = (code: DelegationRefusalCode): Entry => ({ status: 422, title: DELEGATION_MESSAGES[code] });

/** The delegation's problem codes, to be merged into `PROBLEMS` of problem.ts (STYLE.md "Errors"). */
export const DELEGATION_PROBLEMS = {
  'delegation.not_found': { status: 404, title: { vi: 'Không tìm thấy ủy quyền', en: 'No such delegation' } },
  'delegation.already_cancelled': {
    status: 409,
    title: { vi: 'Ủy quyền đã được hủy', en: 'This delegation has been cancelled' },
  },
  'delegation.already_ended': {
    status: 409,
    title: { vi: 'Ủy quyền đã hết thời hạn', en: 'This delegation has ended' },
  },
  ...(Object.fromEntries(
    Object.keys(DELEGATION_MESSAGES).map((code) => [code, refusal(code as DelegationRefusalCode)]),
  ) as Record<DelegationRefusalCode, Entry>),
} as const satisfies Record<string, Entry>;
export type DelegationProblemCode = keyof typeof DELEGATION_PROBLEMS;

const ROLE_NAMES: Partial<Record<Role, Record<Language, string>>> = {
  counter: { vi: 'tiếp nhận hồ sơ', en: 'reception' },
  appraiser: { vi: 'thẩm định', en: 'appraisal' },
  approver: { vi: 'phê duyệt', en: 'approval' },
};

/** The detail of `delegation.roles_missing`: the roles the delegate would need. */
export function rolesMissingDetail(missing: readonly Role[]): Record<Language, string> {
  const names = (language: Language) => missing.map((r) => ROLE_NAMES[r]?.[language] ?? r).join(', ');
  return {
    vi: `Người nhận ủy quyền cần có vai trò: ${names('vi')}.`,
    en: `The delegate needs the roles: ${names('en')}.`,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const local = (at: Instant, language: Language) => {
  const t = new Date(at + UTC_OFFSET_MS);
  const [y, m, d, time] = [
    t.getUTCFullYear(),
    pad(t.getUTCMonth() + 1),
    pad(t.getUTCDate()),
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  ];
  return language === 'vi' ? `${time} ngày ${d}/${m}/${y}` : `${time} on ${y}-${m}-${d}`;
};

/** The detail of `delegation.overlap`: the period (UTC+7) already taken, so the head can pick another. */
export function overlapDetail(taken: { startsAt: Instant; until: Instant }): Record<Language, string> {
  return {
    vi: `Cán bộ đã được ủy quyền từ ${local(taken.startsAt, 'vi')} đến ${local(taken.until, 'vi')}.`,
    en: `The officer is already delegated from ${local(taken.startsAt, 'en')} to ${local(taken.until, 'en')}.`,
  };
}
