import { UTC_OFFSET_MS, type Instant } from '../calendar/local-date.ts';
import type { Language } from '../language.ts';
import type { ProblemEntry } from '../problem-entry.ts';

/**
 * The counter's problem codes (STYLE.md "Errors"); `auth.forbidden` (403) is reused for a role that
 * may not sign in at a counter.
 */
export const COUNTER_PROBLEMS = {
  'counter.not_found': { status: 404, title: { vi: 'Không tìm thấy quầy', en: 'No such counter' } },
  'counter.occupied': {
    status: 409,
    title: { vi: 'Quầy đang có cán bộ khác làm việc', en: 'Another officer is signed in at this counter' },
  },
  'counter.other_agency': {
    status: 403,
    title: { vi: 'Quầy này dành cho cán bộ của cơ quan khác', en: "This counter belongs to another agency's officers" },
  },
  'counter.closed': {
    status: 409,
    title: { vi: 'Quầy đã ngừng hoạt động', en: 'This counter is closed' },
  },
  'counter.not_signed_in': {
    status: 404,
    title: { vi: 'Bạn chưa đăng nhập vào quầy nào', en: 'You are not signed in at any counter' },
  },
} as const satisfies Record<string, ProblemEntry>;
export type CounterProblemCode = keyof typeof COUNTER_PROBLEMS;

const pad = (n: number) => String(n).padStart(2, '0');

/** The detail of `counter.occupied`: who sits at the counter and since when (UTC+7), so the officer can ask them. */
export function occupiedDetail(
  counterNumber: number,
  occupant: { fullName: string; startedAt: Instant },
): Record<Language, string> {
  const t = new Date(occupant.startedAt + UTC_OFFSET_MS);
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const [y, m, d] = [t.getUTCFullYear(), pad(t.getUTCMonth() + 1), pad(t.getUTCDate())];
  return {
    vi: `Quầy số ${counterNumber} đang có cán bộ ${occupant.fullName} làm việc từ ${time} ngày ${d}/${m}/${y}.`,
    en: `Counter ${counterNumber} is taken by ${occupant.fullName} since ${time} on ${y}-${m}-${d}.`,
  };
}
