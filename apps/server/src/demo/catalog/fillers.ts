import type { Fee, OnlineLevel } from './core.ts';
import { foldText } from './core.ts';
import { parseDoc, type ProcedureSpec } from './build-procedure.ts';
import { AUTHORISATION, BUSINESS_REGISTRATION, CCCD_SHOWN } from './data/common.ts';
import { lePhi, type Doc, type FieldData } from './data/types.ts';
import { pick, pickWeighted, type Random } from './prng.ts';

/** How plausible procedures are made from a field's subjects: the usual life of a licence. */
type Variant = { name: (s: string) => string; limits: readonly number[]; docs: (s: string) => Doc[] };
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const VARIANTS: readonly Variant[] = [
  {
    name: (s) => `Cấp ${s}`,
    limits: [10, 15, 20],
    docs: (s) => [`Đơn đề nghị cấp ${s} (theo mẫu)`, 'Bản sao giấy tờ chứng minh đủ điều kiện theo quy định|c'],
  },
  {
    name: (s) => `Cấp lại ${s}`,
    limits: [5, 7],
    docs: (s) => [
      `Đơn đề nghị cấp lại ${s} (theo mẫu)`,
      `${capital(s)} đã được cấp|o|1|Trường hợp bị hư hỏng, rách nát`,
    ],
  },
  {
    name: (s) => `Điều chỉnh ${s}`,
    limits: [5, 7, 10],
    docs: (s) => [
      `Đơn đề nghị điều chỉnh ${s} (theo mẫu)`,
      `${capital(s)} đã được cấp`,
      'Tài liệu chứng minh nội dung đề nghị điều chỉnh|c',
    ],
  },
  {
    name: (s) => `Gia hạn ${s}`,
    limits: [5, 7],
    docs: (s) => [
      `Đơn đề nghị gia hạn ${s} (theo mẫu)`,
      `${capital(s)} còn thời hạn|x`,
      'Báo cáo kết quả hoạt động trong thời gian được cấp phép',
    ],
  },
  {
    name: (s) => `Cấp đổi ${s}`,
    limits: [3, 5],
    docs: (s) => [`Đơn đề nghị cấp đổi ${s} (theo mẫu)`, `${capital(s)} đã được cấp`],
  },
];

const ONLINE: readonly (readonly [number, OnlineLevel])[] = [
  [0.4, 'full'],
  [0.4, 'partial'],
  [0.2, 'none'],
];
const AMOUNTS = [50_000, 100_000, 150_000, 200_000, 300_000, 500_000, 1_000_000];

/** A field as the generator sees it: its data, code and the agency of 2014 that listed it. */
export type FieldSource = { data: FieldData; code: string; agencySlug: string };

/** The names a field can give, the first variant of every subject first. */
function candidates(field: FieldSource): { name: string; subject: string; variant: Variant }[] {
  return VARIANTS.flatMap((variant) =>
    field.data.subjects.map((subject) => ({ name: variant.name(subject), subject, variant })),
  );
}

/**
 * `count` plausible procedures, shared among the fields by weight in rounds (so every field has some
 * and Đất đai has more), never repeating a name already `taken` (compared folded).
 */
export function plausibleSpecs(
  fields: readonly FieldSource[],
  count: number,
  taken: Set<string>,
  random: Random,
  from: string,
): ProcedureSpec[] {
  const queues = fields.map((f) => ({ field: f, queue: candidates(f).filter((c) => !taken.has(foldText(c.name))) }));
  const specs: ProcedureSpec[] = [];
  while (specs.length < count) {
    const before = specs.length;
    for (const { field, queue } of queues) {
      for (let n = 0; n < (field.data.weight ?? 1) && queue.length > 0 && specs.length < count; n++) {
        const next = queue.shift()!;
        if (taken.has(foldText(next.name))) continue;
        taken.add(foldText(next.name));
        specs.push(
          plausibleSpec(
            field,
            next.name,
            next.variant.docs(next.subject),
            pick(random, next.variant.limits),
            random,
            from,
          ),
        );
      }
    }
    if (specs.length === before)
      throw new Error(`the fields' subjects give only ${specs.length} of ${count} plausible procedures`);
  }
  return specs;
}

function plausibleSpec(
  field: FieldSource,
  name: string,
  docs: Doc[],
  days: number,
  random: Random,
  from: string,
): ProcedureSpec {
  const organisations = field.data.organisations ?? false;
  const applicantDoc = organisations ? BUSINESS_REGISTRATION : CCCD_SHOWN;
  return {
    name,
    agencySlug: field.agencySlug,
    fieldCode: field.code,
    level: field.data.level ?? 'province',
    limit: { value: days, unit: 'days' },
    checklist: [...docs, applicantDoc, AUTHORISATION].map(parseDoc),
    fees: plausibleFees(random),
    online: pickWeighted(random, ONLINE),
    legal: [...field.data.legal],
    partnerKeys: [],
    cutoff: random() < 0.15 ? '15:00' : null,
    restart: random() < 0.1,
    from,
    to: null,
    organisations,
    real: false,
  };
}

function plausibleFees(random: Random): Fee[] {
  if (random() < 0.45) return [];
  const amount = pick(random, AMOUNTS);
  return [
    random() < 0.7
      ? lePhi('Lệ phí giải quyết thủ tục', amount)
      : { ...lePhi('Phí thẩm định hồ sơ', amount), kind: 'charge' },
  ];
}
