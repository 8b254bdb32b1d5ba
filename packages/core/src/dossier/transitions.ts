import type { Role } from '../auth/role.ts';
import type { Language } from '../language.ts';
import type { TransitionName } from './commands.ts';
import { OPEN_STATUSES, UNDECIDED_STATUSES, type DossierStatus } from './status.ts';

/** Whether a transition needs the dossier received (clock started) or not yet received; `awaiting_supplement` is both. */
export type TransitionPhase = 'any' | 'received' | 'not_received';

export type TransitionRule = {
  from: readonly DossierStatus[];
  /** Null: the state does not change (the event is still written and the version goes up). */
  to: DossierStatus | null;
  /**
   * Who may act. Officers act on their agency's dossiers (`record_opinion`: the consulted agency's);
   * a citizen on their own. The agency head may act for any absent officer (DESIGN §1).
   */
  roles: readonly Role[];
  phase: TransitionPhase;
};

const HEAD = 'agency_head';

/** The one state machine of DESIGN §6: every transition with its states, roles and phase; guards in decide.ts. */
export const TRANSITIONS = {
  submit_online: { from: ['draft'], to: 'submitted', roles: ['citizen'], phase: 'any' },
  receive: { from: ['submitted'], to: 'received', roles: ['counter', HEAD], phase: 'any' },
  request_supplement_at_intake: {
    from: ['submitted'],
    to: 'awaiting_supplement',
    roles: ['counter', HEAD],
    phase: 'any',
  },
  resubmit: {
    from: ['awaiting_supplement'],
    to: 'submitted',
    roles: ['citizen', 'counter', HEAD],
    phase: 'not_received',
  },
  reject_at_intake: {
    from: ['submitted', 'awaiting_supplement'],
    to: 'rejected_at_intake',
    roles: ['counter', HEAD],
    phase: 'not_received',
  },
  start_appraisal: { from: ['received'], to: 'in_appraisal', roles: ['appraiser', HEAD], phase: 'any' },
  request_supplement: { from: ['in_appraisal'], to: 'awaiting_supplement', roles: ['appraiser', HEAD], phase: 'any' },
  record_supplement: {
    from: ['awaiting_supplement'],
    to: 'in_appraisal',
    roles: ['citizen', 'counter', 'appraiser', HEAD],
    phase: 'received',
  },
  open_consultation: {
    from: ['in_appraisal', 'in_consultation'],
    to: 'in_consultation',
    roles: ['appraiser', HEAD],
    phase: 'any',
  },
  record_opinion: { from: ['in_consultation'], to: null, roles: ['appraiser', 'approver', HEAD], phase: 'any' },
  close_consultation: { from: ['in_consultation'], to: 'in_appraisal', roles: ['appraiser', HEAD], phase: 'any' },
  propose_approval: { from: ['in_appraisal'], to: 'awaiting_approval', roles: ['appraiser', HEAD], phase: 'any' },
  send_back: { from: ['awaiting_approval'], to: 'in_appraisal', roles: ['approver', HEAD], phase: 'any' },
  approve: { from: ['awaiting_approval'], to: 'approved', roles: ['approver', HEAD], phase: 'any' },
  refuse: { from: ['awaiting_approval'], to: 'refused', roles: ['approver', HEAD], phase: 'any' },
  prepare_result: {
    from: ['approved', 'refused'],
    to: 'result_ready',
    roles: ['counter', 'appraiser', 'approver', HEAD],
    phase: 'any',
  },
  return_result: { from: ['result_ready'], to: 'returned', roles: ['counter', HEAD], phase: 'any' },
  // Before approval (DESIGN §6), on the applicant's request: online by the owner, or at the counter.
  withdraw: {
    from: ['draft', 'submitted', ...UNDECIDED_STATUSES],
    to: 'withdrawn',
    roles: ['citizen', 'counter', HEAD],
    phase: 'any',
  },
  // TT 03/2025/TT-VPCP form 05, signed by a leader; only for dossiers under that circular (decide.ts).
  stop: { from: UNDECIDED_STATUSES, to: 'stopped', roles: ['approver', HEAD], phase: 'received' },
  apologise: { from: OPEN_STATUSES, to: null, roles: ['appraiser', 'approver', HEAD], phase: 'received' },
  reassign: { from: [...OPEN_STATUSES, 'result_ready'], to: null, roles: [HEAD], phase: 'received' },
  // DESIGN §6: the secret is printed on the receipt only; a lost one is replaced at the counter, the old one
  // stops working. Any time after reception: a citizen looks up and rates a returned dossier with it.
  reissue_secret: {
    from: [...OPEN_STATUSES, 'result_ready', 'returned', 'withdrawn', 'stopped'],
    to: null,
    roles: ['counter', HEAD],
    phase: 'received',
  },
} as const satisfies Record<TransitionName, TransitionRule>;

/**
 * The transitions that give the dossier a new look-up secret, shown once to the officer (DESIGN §6: printed on
 * the receipt only): its reception, and a reissue when the printed one is lost. The old secret stops working.
 */
export const ISSUES_SECRET: ReadonlySet<TransitionName> = new Set<TransitionName>(['receive', 'reissue_secret']);

/** Vietnamese and English names of the transitions, for timelines, the control sheet and buttons. */
export const TRANSITION_LABELS = {
  submit_online: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submitted online' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Received' },
  request_supplement_at_intake: { vi: 'Hướng dẫn bổ sung, hoàn thiện hồ sơ', en: 'Supplement requested at intake' },
  resubmit: { vi: 'Nộp lại hồ sơ đã bổ sung', en: 'Resubmitted' },
  reject_at_intake: { vi: 'Từ chối tiếp nhận hồ sơ', en: 'Rejected at intake' },
  start_appraisal: { vi: 'Chuyển thẩm định', en: 'Sent for appraisal' },
  request_supplement: { vi: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Supplement requested' },
  record_supplement: { vi: 'Nhận hồ sơ bổ sung', en: 'Supplement received' },
  open_consultation: { vi: 'Lấy ý kiến cơ quan liên quan', en: 'Consultation opened' },
  record_opinion: { vi: 'Cơ quan liên quan trả lời', en: 'Opinion received' },
  close_consultation: { vi: 'Tổng hợp ý kiến', en: 'Consultation closed' },
  propose_approval: { vi: 'Trình phê duyệt', en: 'Proposed for approval' },
  send_back: { vi: 'Trả lại để thẩm định lại', en: 'Sent back to appraisal' },
  approve: { vi: 'Phê duyệt', en: 'Approved' },
  refuse: { vi: 'Từ chối giải quyết', en: 'Refused' },
  prepare_result: { vi: 'Chuyển kết quả đến bộ phận một cửa', en: 'Result ready' },
  return_result: { vi: 'Trả kết quả', en: 'Result returned' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  stop: { vi: 'Dừng giải quyết hồ sơ', en: 'Stopped' },
  apologise: { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology with a new date' },
  reassign: { vi: 'Giao lại cán bộ xử lý', en: 'Reassigned' },
  reissue_secret: { vi: 'Cấp lại mã tra cứu', en: 'Look-up secret reissued' },
} as const satisfies Record<TransitionName, Record<Language, string>>;
