import type { ProblemEntry } from '../problem-entry.ts';

/** The ratings' problem codes (STYLE.md "Errors"). */
export const RATING_PROBLEMS = {
  /** A web rating (`ratingRefusal`) of a dossier whose result is not returned; other channels rate any time. */
  'rating.not_returned': {
    status: 422,
    title: { vi: 'Hồ sơ chưa trả kết quả nên chưa thể đánh giá', en: 'The dossier’s result has not been returned yet' },
  },
  'rating.already_rated': {
    status: 409,
    title: { vi: 'Hồ sơ đã được đánh giá qua kênh này', en: 'This dossier was already rated on this channel' },
  },
  /** A paper form or letter whose reference was entered before at this center on this channel (rating_form_reference_unique). */
  'rating.duplicate_form_reference': {
    status: 409,
    title: {
      vi: 'Số phiếu này đã được nhập, mỗi phiếu chỉ nhập một lần',
      en: 'This form reference was already entered; each form is entered once',
    },
  },
} as const satisfies Record<string, ProblemEntry>;
export type RatingProblemCode = keyof typeof RATING_PROBLEMS;
