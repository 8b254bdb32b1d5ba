import { z } from 'zod';
import type { Language } from '../language.ts';

/** A count the server gathers, or null while the system does not measure it yet (e.g. ratings before the ratings feature). */
const Count = z.int().min(0).nullable();

/**
 * The raw counts behind the national index (QĐ 766/QĐ-TTg) for one center or agency and one period.
 * The dossier counts are those of Biểu II.06a (DESIGN §8), numbered as there: received (3) = online
 * (4) + counter/post (5) + carried over (6). Every share's part is meant to be a subset of its whole;
 * a part larger than its whole (a data error) shows as a ratio above 1, its score capped at the maximum.
 */
export const NationalIndexInputs = z.object({
  // Biểu II.06a
  receivedOnline: Count,
  receivedDirect: Count,
  receivedCarriedOver: Count,
  resolvedEarly: Count,
  resolvedOnTime: Count,
  inProgressOnTime: Count,
  // Procedures (the catalog on the last day of the period)
  proceduresInForce: Count,
  proceduresAnnounced: Count,
  proceduresAnnouncedOnTime: Count,
  proceduresPublishedOnTime: Count,
  proceduresWithCompleteInfo: Count,
  proceduresOnlineFull: Count,
  proceduresOnlinePartial: Count,
  proceduresWithFee: Count,
  proceduresWithOnlinePayment: Count,
  // Dossiers received in the period
  dossiersProgressPublished: Count,
  dossiersWithFee: Count,
  dossiersPaidOnline: Count,
  dossiersDigitised: Count,
  dossiersReusingData: Count,
  resultsIssued: Count,
  resultsIssuedElectronically: Count,
  // Ratings and feedback (phản ánh, kiến nghị)
  ratings: Count,
  ratingsSatisfied: Count,
  feedbackReceived: Count,
  feedbackHandledOnTime: Count,
  feedbackSatisfied: Count,
});
export type NationalIndexInputs = z.infer<typeof NationalIndexInputs>;
export type NationalIndexInputKey = keyof NationalIndexInputs;
export const NATIONAL_INDEX_INPUT_KEYS = NationalIndexInputs.keyof().options;

/** How each input is named beside a figure. */
export const NATIONAL_INDEX_INPUT_NAMES = {
  receivedOnline: { vi: 'Hồ sơ tiếp nhận trực tuyến trong kỳ (4)', en: 'Dossiers received online in the period (4)' },
  receivedDirect: {
    vi: 'Hồ sơ tiếp nhận trực tiếp, bưu chính trong kỳ (5)',
    en: 'Dossiers received at the counter or by post in the period (5)',
  },
  receivedCarriedOver: { vi: 'Hồ sơ kỳ trước chuyển qua (6)', en: 'Dossiers carried over (6)' },
  resolvedEarly: { vi: 'Hồ sơ giải quyết trước hạn (8)', en: 'Dossiers resolved early (8)' },
  resolvedOnTime: { vi: 'Hồ sơ giải quyết đúng hạn (9)', en: 'Dossiers resolved on time (9)' },
  inProgressOnTime: { vi: 'Hồ sơ đang giải quyết trong hạn (12)', en: 'Dossiers in progress on time (12)' },
  proceduresInForce: { vi: 'TTHC đang có hiệu lực', en: 'Procedures in force' },
  proceduresAnnounced: { vi: 'TTHC được công bố trong kỳ', en: 'Procedures announced in the period' },
  proceduresAnnouncedOnTime: { vi: 'TTHC được công bố đúng hạn', en: 'Procedures announced on time' },
  proceduresPublishedOnTime: {
    vi: 'TTHC được cập nhật, công khai đúng hạn',
    en: 'Procedures updated and published on time',
  },
  proceduresWithCompleteInfo: {
    vi: 'TTHC công khai đầy đủ các bộ phận cấu thành',
    en: 'Procedures published with every required part',
  },
  proceduresOnlineFull: { vi: 'TTHC cung cấp DVCTT toàn trình', en: 'Procedures offered fully online' },
  proceduresOnlinePartial: { vi: 'TTHC cung cấp DVCTT một phần', en: 'Procedures offered partly online' },
  proceduresWithFee: { vi: 'TTHC có phí, lệ phí', en: 'Procedures with a fee' },
  proceduresWithOnlinePayment: {
    vi: 'TTHC có phí cho phép thanh toán trực tuyến',
    en: 'Procedures with a fee payable online',
  },
  dossiersProgressPublished: {
    vi: 'Hồ sơ được công khai tiến độ, kết quả giải quyết',
    en: 'Dossiers whose progress and result are published',
  },
  dossiersWithFee: { vi: 'Hồ sơ phải nộp phí, lệ phí', en: 'Dossiers with a fee to pay' },
  dossiersPaidOnline: { vi: 'Hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
  dossiersDigitised: { vi: 'Hồ sơ được số hóa', en: 'Dossiers digitised' },
  dossiersReusingData: { vi: 'Hồ sơ khai thác, sử dụng lại dữ liệu số hóa', en: 'Dossiers reusing digitised data' },
  resultsIssued: { vi: 'Kết quả giải quyết đã cấp', en: 'Results issued' },
  resultsIssuedElectronically: { vi: 'Kết quả giải quyết cấp bản điện tử', en: 'Results issued electronically' },
  ratings: { vi: 'Lượt đánh giá hồ sơ', en: 'Ratings of dossiers' },
  ratingsSatisfied: { vi: 'Lượt đánh giá hài lòng, rất hài lòng', en: 'Ratings satisfied or very satisfied' },
  feedbackReceived: { vi: 'Phản ánh, kiến nghị thuộc thẩm quyền', en: 'Feedback within competence' },
  feedbackHandledOnTime: { vi: 'Phản ánh, kiến nghị xử lý đúng hoặc trước hạn', en: 'Feedback handled on time' },
  feedbackSatisfied: {
    vi: 'Phản ánh, kiến nghị không bị phản hồi không hài lòng, không quá hạn',
    en: 'Feedback neither answered "unsatisfied" nor late',
  },
} as const satisfies Record<NationalIndexInputKey, Record<Language, string>>;
