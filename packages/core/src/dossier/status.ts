import { z } from 'zod';
import type { StepRole } from '../catalog/step.ts';
import type { Language } from '../language.ts';

/** The states of a dossier (DESIGN §6): one state machine, see lifecycle.ts. */
export const DossierStatus = z.enum([
  'draft',
  'submitted',
  'received',
  'in_appraisal',
  'awaiting_supplement',
  'in_consultation',
  'awaiting_approval',
  'approved',
  'refused',
  'result_ready',
  'returned',
  'rejected_at_intake',
  'withdrawn',
  'stopped',
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** States no transition leaves. */
export const FINAL_STATUSES = [
  'returned',
  'rejected_at_intake',
  'withdrawn',
  'stopped',
] as const satisfies readonly DossierStatus[];

/** Received and not yet decided: where a dossier may still be withdrawn or stopped. */
export const UNDECIDED_STATUSES = [
  'received',
  'in_appraisal',
  'awaiting_supplement',
  'in_consultation',
  'awaiting_approval',
] as const satisfies readonly DossierStatus[];

/** Received and not yet resolved: the clock runs (or stands still awaiting a supplement) and inboxes warn. */
export const OPEN_STATUSES = [...UNDECIDED_STATUSES, 'approved', 'refused'] as const satisfies readonly DossierStatus[];

export function isFinal(status: DossierStatus): boolean {
  return (FINAL_STATUSES as readonly DossierStatus[]).includes(status);
}

/** Vietnamese and English labels of the states, for every screen, form and export. */
export const STATUS_LABELS = {
  draft: { vi: 'Chưa gửi', en: 'Draft' },
  submitted: { vi: 'Chờ tiếp nhận', en: 'Awaiting reception' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_appraisal: { vi: 'Đang thẩm định', en: 'In appraisal' },
  awaiting_supplement: { vi: 'Chờ bổ sung, hoàn thiện hồ sơ', en: 'Awaiting a supplement' },
  in_consultation: { vi: 'Đang lấy ý kiến liên thông', en: 'In consultation' },
  awaiting_approval: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  refused: { vi: 'Từ chối giải quyết', en: 'Refused' },
  result_ready: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready for return' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  rejected_at_intake: { vi: 'Từ chối tiếp nhận', en: 'Rejected at intake' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng giải quyết', en: 'Stopped' },
} as const satisfies Record<DossierStatus, Record<Language, string>>;

/**
 * Which role's step of the procedure a state belongs to, in order of preference: the step index
 * follows the dossier (see `stepIndexFor`). None: a draft, and once the dossier has left the agency.
 */
export const STATUS_STEP_ROLES: Record<DossierStatus, readonly StepRole[]> = {
  draft: [],
  submitted: ['counter'],
  received: ['counter'],
  in_appraisal: ['appraiser', 'agency_head'],
  awaiting_supplement: ['appraiser', 'agency_head'],
  in_consultation: ['appraiser', 'agency_head'],
  awaiting_approval: ['approver', 'agency_head'],
  approved: ['approver', 'agency_head'],
  refused: ['approver', 'agency_head'],
  result_ready: ['counter'],
  returned: [],
  rejected_at_intake: [],
  withdrawn: [],
  stopped: [],
};

/**
 * The step a dossier entering `status` is at: the current step when it is of the state's role,
 * else the next step of that role, else the last earlier one (a dossier sent back to appraisal), else
 * the current one (a procedure without such a step).
 */
export function stepIndexFor(steps: readonly { role: StepRole }[], status: DossierStatus, current: number): number {
  for (const role of STATUS_STEP_ROLES[status]) {
    if (steps[current]?.role === role) return current;
    const ahead = steps.findIndex((s, i) => i > current && s.role === role);
    if (ahead >= 0) return ahead;
    const behind = steps.findLastIndex((s, i) => i < current && s.role === role);
    if (behind >= 0) return behind;
  }
  return current;
}
