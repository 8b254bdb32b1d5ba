import type { ProblemEntry } from '../problem-entry.ts';

/**
 * The dossier's problem codes with status and titles (STYLE.md "Errors"); `auth.forbidden` (403) is
 * reused for a role or scope that may not act.
 */
export const DOSSIER_PROBLEMS = {
  'dossier.not_found': { status: 404, title: { vi: 'Không tìm thấy hồ sơ', en: 'No such dossier' } },
  /** The dossier's version moved on since the officer loaded it (optimistic locking). */
  'dossier.version_conflict': {
    status: 409,
    title: {
      vi: 'Hồ sơ đã được người khác xử lý, vui lòng tải lại',
      en: 'The dossier was changed meanwhile; reload it',
    },
  },
  /** Reception of a dossier lacking required checklist items, listed in `missing`: form 02, never a receipt. */
  'dossier.incomplete': {
    status: 422,
    title: { vi: 'Hồ sơ chưa đầy đủ thành phần theo quy định', en: 'The dossier lacks required documents' },
  },
  'dossier.sequence_exhausted': {
    status: 409,
    title: {
      vi: 'Cơ quan đã dùng hết số thứ tự hồ sơ của ngày (9999)',
      en: "The agency has used up the day's dossier numbers (9999)",
    },
  },
  /** A command names an officer (assignee, approver) who is not of the dossier's agency. */
  'dossier.officer_not_in_agency': {
    status: 422,
    title: {
      vi: 'Cán bộ được giao không thuộc cơ quan giải quyết hồ sơ',
      en: 'The officer named does not belong to the dossier’s agency',
    },
  },
  /** Wrong code, secret or phone digits, or a draft: one answer for all, so a guess learns nothing. */
  'dossier.lookup_failed': {
    status: 404,
    title: { vi: 'Mã hồ sơ hoặc mã tra cứu không đúng', en: 'Wrong dossier code or look-up secret' },
  },
  'dossier.consultation_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy yêu cầu lấy ý kiến', en: 'No such consultation' },
  },
  /** Answered already, or lapsed: its deadline passed when the lead closed the consultation. */
  'dossier.consultation_answered': {
    status: 409,
    title: { vi: 'Cơ quan đã trả lời yêu cầu lấy ý kiến này', en: 'This consultation has been answered' },
  },
  'dossier.consultations_pending': {
    status: 409,
    title: {
      vi: 'Còn cơ quan chưa trả lời và chưa hết hạn lấy ý kiến',
      en: 'Some consulted agencies have not answered and their deadline has not passed',
    },
  },
  /** The transition does not leave the current state (`TRANSITIONS`), or not in this phase. */
  'lifecycle.transition_not_allowed': {
    status: 409,
    title: {
      vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ',
      en: "This action is not possible in the dossier's current state",
    },
  },
  /** A guard of decide.ts refused; its `reason` is a `DOSSIER_MESSAGES` key. */
  'lifecycle.guard_failed': {
    status: 422,
    title: { vi: 'Chưa đủ điều kiện để thực hiện thao tác', en: 'The conditions for this action are not met' },
  },
  /** The command's moment is before the dossier's last event: events stay in order. */
  'lifecycle.time_reversed': {
    status: 409,
    title: {
      vi: 'Thời điểm thao tác sớm hơn thao tác trước đó của hồ sơ',
      en: "The action's time is before the dossier's last change",
    },
  },
  /** A reception at the counter (`direct`) by an officer who sits at no counter: the dossier must name its desk. */
  'dossier.counter_sign_in_required': {
    status: 409,
    title: {
      vi: 'Cán bộ chưa đăng nhập vào quầy: hãy chọn quầy làm việc trước khi tiếp nhận hồ sơ trực tiếp',
      en: 'You are not signed in at a counter: choose your counter before receiving a dossier in person',
    },
  },
  /** No event of that form yet (no supplement requested…), or a form its set lacks (stop notice before TT 03/2025). */
  'dossier.form_not_available': {
    status: 404,
    title: { vi: 'Hồ sơ chưa có phiếu này', en: 'This dossier has no such form yet' },
  },
} as const satisfies Record<string, ProblemEntry>;
export type DossierProblemCode = keyof typeof DOSSIER_PROBLEMS;
