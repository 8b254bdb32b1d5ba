import type { Role } from '../auth/role.ts';
import { UTC_OFFSET_MS, type Instant } from '../calendar/local-date.ts';
import type { Language } from '../language.ts';
import type { ProblemEntry } from '../problem-entry.ts';
import { DELEGATION_MESSAGES, type DelegationRefusalCode } from './delegation-messages.ts';

const refusal = (code: DelegationRefusalCode): ProblemEntry => ({ status: 422, title: DELEGATION_MESSAGES[code] });

/** The delegation's problem codes (STYLE.md "Errors"): its own, then every refusal of `DELEGATION_MESSAGES` as a 422. */
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
  ) as Record<DelegationRefusalCode, ProblemEntry>),
} as const satisfies Record<string, ProblemEntry>;
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
