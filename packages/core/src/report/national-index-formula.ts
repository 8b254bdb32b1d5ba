import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { NationalIndexInputs } from './national-index-inputs.ts';

const Text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const Terms = z.array(NationalIndexInputs.keyof()).min(1);

const IndicatorBase = z.object({
  id: z.string().min(1),
  name: Text,
  max: z.number().positive(),
  /** R = sum of the numerator's inputs / sum of the denominator's inputs. */
  numerator: Terms,
  denominator: Terms,
  /** How R is computed, in words; the score's formula is composed from the kind, `max` and `target`. */
  formula: Text,
});

/** `progress`: max × R. `ratio-target`: max × min(1, R / target). */
export const NationalIndexIndicator = z.discriminatedUnion('kind', [
  IndicatorBase.extend({ kind: z.literal('progress') }),
  IndicatorBase.extend({ kind: z.literal('ratio-target'), target: z.number().gt(0).max(1) }),
]);
export type NationalIndexIndicator = z.infer<typeof NationalIndexIndicator>;

export const NationalIndexGroup = z.object({
  id: z.string().min(1),
  name: Text,
  max: z.number().positive(),
  indicators: z.array(NationalIndexIndicator).min(1),
});
export type NationalIndexGroup = z.infer<typeof NationalIndexGroup>;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A version of the index (DESIGN §4: evaluation formulas are versioned data): in force from `effectiveFrom` until the next version. */
export const NationalIndexFormula = z
  .object({
    id: z.string().min(1),
    basis: z.string().min(1),
    effectiveFrom: LocalDate,
    groups: z.array(NationalIndexGroup).min(1),
  })
  .superRefine((f, ctx) => {
    f.groups.forEach((g, i) => {
      if (!same(g.max, sum(g.indicators.map((x) => x.max))))
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'max'], message: 'report.group_max_not_sum' });
    });
    if (!same(sum(f.groups.map((g) => g.max)), 100))
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'report.index_max_not_100' });
    const ids = f.groups.flatMap((g) => [g.id, ...g.indicators.map((x) => x.id)]);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'report.index_id_twice' });
  });
export type NationalIndexFormula = z.infer<typeof NationalIndexFormula>;

const RECEIVED_TOTAL = ['receivedOnline', 'receivedDirect', 'receivedCarriedOver'] as const;
const RECEIVED_IN_PERIOD = ['receivedOnline', 'receivedDirect'] as const;

/*
 * QĐ 766/QĐ-TTg of 2022-06-23 (in force from signature). Sources, read through the search tool:
 * - Groups and their points: DESIGN §7. The decree names five groups (công khai, minh bạch 18; tiến độ,
 *   kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18 —
 *   sonoivu.namdinh.gov.vn); the National Public Service Portal scores the 22 of online service as
 *   dịch vụ trực tuyến 12 + thanh toán trực tuyến 10 (e.g. Bắc Kạn, 7/2024: 7,9/12 and 8,2/10 —
 *   hanhchinhcong.backan.gov.vn), which DESIGN follows.
 * - Confirmed inside groups: "tỷ lệ TTHC được cập nhật, công khai đúng hạn" 4/18; satisfaction is three
 *   ratios, "tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC" 6/18 (baocaotaichinh.vn, lamdong.dcs.vn
 *   summaries of the decree); the transparency ratios as the portal reports them (sotuphap.backan.gov.vn).
 * - ASSUMED (the annex's table was not found): every other indicator's points (transparency 4/4/4/6,
 *   online service 6/6, online payment 5/5, satisfaction 6/6/6, digitisation 8/8/6). Targets are DESIGN
 *   §7's; an indicator without one there scores proportionally (target 100%).
 * - The decree's satisfaction ratio counts every dossier not rated "unsatisfied"; we measure it on the
 *   ratings received, which is stricter and what the ratings feature records.
 */
const QD_766_2022: NationalIndexFormula = {
  id: 'qd766-2022',
  basis: 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
  effectiveFrom: '2022-06-23',
  groups: [
    {
      id: 'transparency',
      name: { vi: 'Công khai, minh bạch', en: 'Transparency' },
      max: 18,
      indicators: [
        {
          id: 'transparency.announcedOnTime',
          kind: 'ratio-target',
          target: 1,
          max: 4,
          name: { vi: 'Tỷ lệ TTHC được công bố đúng hạn', en: 'Procedures announced on time' },
          numerator: ['proceduresAnnouncedOnTime'],
          denominator: ['proceduresAnnounced'],
          formula: {
            vi: 'TTHC được công bố đúng hạn / TTHC được công bố trong kỳ',
            en: 'procedures announced on time / procedures announced in the period',
          },
        },
        {
          id: 'transparency.publishedOnTime',
          kind: 'ratio-target',
          target: 1,
          max: 4,
          name: { vi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', en: 'Procedures updated and published on time' },
          numerator: ['proceduresPublishedOnTime'],
          denominator: ['proceduresAnnounced'],
          formula: {
            vi: 'TTHC được cập nhật, công khai đúng hạn / TTHC được công bố trong kỳ',
            en: 'procedures published on time / procedures announced in the period',
          },
        },
        {
          id: 'transparency.completeInfo',
          kind: 'ratio-target',
          target: 1,
          max: 4,
          name: { vi: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận cấu thành', en: 'Procedures published in full' },
          numerator: ['proceduresWithCompleteInfo'],
          denominator: ['proceduresInForce'],
          formula: {
            vi: 'TTHC công khai đầy đủ các bộ phận cấu thành / TTHC đang có hiệu lực',
            en: 'procedures published with every required part / procedures in force',
          },
        },
        {
          id: 'transparency.progressPublished',
          kind: 'ratio-target',
          target: 1,
          max: 6,
          name: {
            vi: 'Tỷ lệ hồ sơ được công khai tiến độ, kết quả giải quyết',
            en: 'Dossiers whose progress is published',
          },
          numerator: ['dossiersProgressPublished'],
          denominator: [...RECEIVED_TOTAL],
          formula: {
            vi: 'hồ sơ được công khai tiến độ / tổng số hồ sơ tiếp nhận (3) = (4) + (5) + (6)',
            en: 'dossiers with published progress / dossiers received (3) = (4) + (5) + (6)',
          },
        },
      ],
    },
    {
      id: 'progress',
      name: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress of resolution' },
      max: 20,
      indicators: [
        {
          id: 'progress.onTime',
          kind: 'progress',
          max: 20,
          name: {
            vi: 'Tỷ lệ hồ sơ giải quyết, đang giải quyết đúng hạn',
            en: 'Dossiers resolved or in progress on time',
          },
          numerator: ['resolvedEarly', 'resolvedOnTime', 'inProgressOnTime'],
          denominator: [...RECEIVED_TOTAL],
          formula: {
            vi: '(giải quyết trước hạn (8) + đúng hạn (9) + đang giải quyết trong hạn (12)) / (tiếp nhận trong kỳ (4) + (5) + kỳ trước chuyển qua (6)), tức tổng số hồ sơ tiếp nhận (3)',
            en: '(resolved early (8) + on time (9) + in progress on time (12)) / (received in the period (4) + (5) + carried over (6)), i.e. received in total (3)',
          },
        },
      ],
    },
    {
      id: 'onlineService',
      name: { vi: 'Dịch vụ công trực tuyến', en: 'Online service' },
      max: 12,
      indicators: [
        {
          id: 'onlineService.procedures',
          kind: 'ratio-target',
          target: 0.8,
          max: 6,
          name: { vi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', en: 'Procedures offered online' },
          numerator: ['proceduresOnlineFull', 'proceduresOnlinePartial'],
          denominator: ['proceduresInForce'],
          formula: {
            vi: '(TTHC có DVCTT toàn trình + một phần) / TTHC đang có hiệu lực',
            en: '(procedures fully + partly online) / procedures in force',
          },
        },
        {
          id: 'onlineService.dossiers',
          kind: 'ratio-target',
          target: 0.5,
          max: 6,
          name: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Dossiers filed online' },
          numerator: ['receivedOnline'],
          denominator: [...RECEIVED_IN_PERIOD],
          formula: {
            vi: 'hồ sơ tiếp nhận trực tuyến (4) / hồ sơ tiếp nhận trong kỳ (4) + (5)',
            en: 'dossiers received online (4) / dossiers received in the period (4) + (5)',
          },
        },
      ],
    },
    {
      id: 'onlinePayment',
      name: { vi: 'Thanh toán trực tuyến', en: 'Online payment' },
      max: 10,
      indicators: [
        {
          id: 'onlinePayment.procedures',
          kind: 'ratio-target',
          target: 0.8,
          max: 5,
          name: { vi: 'Tỷ lệ TTHC có thanh toán trực tuyến', en: 'Procedures payable online' },
          numerator: ['proceduresWithOnlinePayment'],
          denominator: ['proceduresWithFee'],
          formula: {
            vi: 'TTHC có phí cho phép thanh toán trực tuyến / TTHC có phí, lệ phí',
            en: 'procedures with a fee payable online / procedures with a fee',
          },
        },
        {
          id: 'onlinePayment.dossiers',
          kind: 'ratio-target',
          target: 0.8,
          max: 5,
          name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Payments made online' },
          numerator: ['dossiersPaidOnline'],
          denominator: ['dossiersWithFee'],
          formula: {
            vi: 'hồ sơ thanh toán trực tuyến / hồ sơ phải nộp phí, lệ phí',
            en: 'dossiers paid online / dossiers with a fee',
          },
        },
      ],
    },
    {
      id: 'satisfaction',
      name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
      max: 18,
      indicators: [
        {
          id: 'satisfaction.feedbackOnTime',
          kind: 'ratio-target',
          target: 1,
          max: 6,
          name: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Feedback handled on time' },
          numerator: ['feedbackHandledOnTime'],
          denominator: ['feedbackReceived'],
          formula: {
            vi: 'phản ánh, kiến nghị xử lý đúng hoặc trước hạn / phản ánh, kiến nghị thuộc thẩm quyền',
            en: 'feedback handled on time / feedback within competence',
          },
        },
        {
          id: 'satisfaction.feedbackSatisfied',
          kind: 'ratio-target',
          target: 1,
          max: 6,
          name: { vi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', en: 'Satisfaction with feedback handling' },
          numerator: ['feedbackSatisfied'],
          denominator: ['feedbackReceived'],
          formula: {
            vi: '(phản ánh, kiến nghị − số bị phản hồi không hài lòng hoặc quá hạn) / phản ánh, kiến nghị',
            en: '(feedback − answered "unsatisfied" or late) / feedback',
          },
        },
        {
          id: 'satisfaction.dossiers',
          kind: 'ratio-target',
          target: 0.9,
          max: 6,
          name: { vi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', en: 'Satisfaction with dossiers' },
          numerator: ['ratingsSatisfied'],
          denominator: ['ratings'],
          formula: {
            vi: 'lượt đánh giá hài lòng, rất hài lòng / lượt đánh giá',
            en: 'ratings satisfied or very satisfied / ratings',
          },
        },
      ],
    },
    {
      id: 'digitisation',
      name: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
      max: 22,
      indicators: [
        {
          id: 'digitisation.resultsElectronic',
          kind: 'ratio-target',
          target: 0.8,
          max: 8,
          name: { vi: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', en: 'Results issued electronically' },
          numerator: ['resultsIssuedElectronically'],
          denominator: ['resultsIssued'],
          formula: {
            vi: 'kết quả cấp bản điện tử / kết quả đã cấp',
            en: 'results issued electronically / results issued',
          },
        },
        {
          id: 'digitisation.dossiers',
          kind: 'ratio-target',
          target: 1,
          max: 8,
          name: { vi: 'Tỷ lệ số hóa hồ sơ TTHC', en: 'Dossiers digitised' },
          numerator: ['dossiersDigitised'],
          denominator: [...RECEIVED_IN_PERIOD],
          formula: {
            vi: 'hồ sơ được số hóa / hồ sơ tiếp nhận trong kỳ (4) + (5)',
            en: 'dossiers digitised / dossiers received in the period (4) + (5)',
          },
        },
        {
          id: 'digitisation.reuse',
          kind: 'ratio-target',
          target: 1,
          max: 6,
          name: { vi: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', en: 'Reuse of digitised data' },
          numerator: ['dossiersReusingData'],
          denominator: [...RECEIVED_IN_PERIOD],
          formula: {
            vi: 'hồ sơ sử dụng lại dữ liệu số hóa / hồ sơ tiếp nhận trong kỳ (4) + (5)',
            en: 'dossiers reusing digitised data / dossiers received in the period (4) + (5)',
          },
        },
      ],
    },
  ],
};

/** Every version of the index, oldest first. */
export const NATIONAL_INDEX_FORMULAS: readonly NationalIndexFormula[] = [QD_766_2022];
