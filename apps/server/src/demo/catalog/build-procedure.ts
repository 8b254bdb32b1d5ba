import type {
  ChecklistItem,
  DocumentForm,
  Fee,
  OnlineLevel,
  ProcedureContent,
  ProcedureStep,
  ResultDelivery,
  WorkingLimit,
} from './core.ts';
import { limitMinutes } from './core.ts';
import { formFieldsFor } from './form-fields.ts';
import type { Doc } from './data/types.ts';

/** A procedure of the demo before it gets its code and versions: real (from the data) or plausible. */
export type ProcedureSpec = {
  key?: string;
  name: string;
  /** The agency of 2014 whose data lists it. */
  agencySlug: string;
  fieldCode: string;
  level: 'province' | 'commune';
  limit: WorkingLimit;
  checklist: ChecklistItem[];
  fees: Fee[];
  online: OnlineLevel;
  legal: string[];
  partnerKeys: string[];
  cutoff: string | null;
  restart: boolean;
  from: string;
  to: string | null;
  organisations: boolean;
  real: boolean;
};

const FORMS: Record<string, { form: DocumentForm; note?: string }> = {
  o: { form: 'original' },
  c: { form: 'certified_copy' },
  p: { form: 'photocopy' },
  x: { form: 'original', note: 'Xuất trình để đối chiếu, không thu' },
};

/** A checklist item from its short form `name|form|count|condition` (data/types.ts). */
export function parseDoc(doc: Doc): ChecklistItem {
  const [name = '', formLetter = 'o', count = '1', condition] = doc.split('|');
  const form = FORMS[formLetter];
  if (!form) throw new Error(`unknown document form "${formLetter}" in "${doc}"`);
  return {
    name,
    form: form.form,
    count: Number(count),
    required: condition === undefined,
    ...(condition === undefined ? {} : { condition }),
    ...(form.note === undefined ? {} : { note: form.note }),
  };
}

export function parseLimit(limit: number | `${number}h`): WorkingLimit {
  return typeof limit === 'number'
    ? { value: limit, unit: 'days' }
    : { value: Number(limit.slice(0, -1)), unit: 'hours' };
}

/** Where the result can be returned, by online level (NĐ 42/2022 art. 11: fully online returns online or by post). */
export function deliveryFor(online: OnlineLevel): ResultDelivery[] {
  if (online === 'full') return ['counter', 'post', 'electronic'];
  return online === 'partial' ? ['counter', 'post'] : ['counter'];
}

export function contentOf(spec: ProcedureSpec, agencySlug: string, partnerCodes: string[]): ProcedureContent {
  const resultDelivery = deliveryFor(spec.online);
  return {
    name: spec.name,
    agencySlug,
    fieldCode: spec.fieldCode,
    level: spec.level,
    timeLimit: spec.limit,
    cutoffTime: spec.cutoff,
    suspensionMode: spec.restart ? 'restart' : 'pause',
    steps: stepsFor(spec.limit, partnerCodes.length > 0),
    checklist: spec.checklist,
    fees: spec.fees,
    onlineLevel: spec.online,
    resultDelivery,
    legalBasis: spec.legal,
    formFields: spec.online === 'none' ? [] : formFieldsFor(spec, resultDelivery),
    partnerCodes,
  };
}

type PlannedStep = { name: string; role: ProcedureStep['role']; weight: number };
const RECEIVE: PlannedStep = { name: 'Tiếp nhận, kiểm tra hồ sơ và chuyển xử lý', role: 'counter', weight: 1 };
const APPRAISE: PlannedStep = { name: 'Thẩm định hồ sơ, đề xuất kết quả', role: 'appraiser', weight: 12 };
const CONSULT: PlannedStep = { name: 'Lấy ý kiến cơ quan phối hợp (liên thông)', role: 'appraiser', weight: 6 };
const HEAD: PlannedStep = { name: 'Lãnh đạo cơ quan xem xét, trình cấp có thẩm quyền', role: 'agency_head', weight: 4 };
const APPROVE: PlannedStep = { name: 'Phê duyệt, ký kết quả', role: 'approver', weight: 4 };
const RETURN: PlannedStep = { name: 'Trả kết quả cho tổ chức, cá nhân', role: 'counter', weight: 1 };

/** The usual process of a one-door procedure, its budgets shared out of the limit (DESIGN §5). */
export function stepsFor(limit: WorkingLimit, composite: boolean): ProcedureStep[] {
  const long = limit.unit === 'days' && limit.value >= 20;
  const plan = [RECEIVE, APPRAISE, ...(composite ? [CONSULT] : []), ...(long ? [HEAD] : []), APPROVE, RETURN];
  const budgets = splitBudget(
    limitMinutes(limit),
    plan.map((s) => s.weight),
  );
  return plan.map((s, i) => ({ name: s.name, role: s.role, budgetMinutes: budgets[i] ?? 0 }));
}

/**
 * Shares `total` working minutes by weight, in half days where the limit allows (0.5 day = 225
 * minutes), else quarter hours or five minutes; every step gets at least one unit and the shares never
 * exceed the total. The remainder goes to the heaviest step (the appraisal).
 */
export function splitBudget(total: number, weights: readonly number[]): number[] {
  const unit = [225, 15, 5, 1].find((u) => Math.floor(total / u) >= 2 * weights.length) ?? 1;
  const units = Math.floor(total / unit);
  if (units < weights.length) return weights.map(() => 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = units - weights.length;
  const shares = weights.map((w) => 1 + Math.floor((spare * w) / sum));
  const heaviest = weights.indexOf(Math.max(...weights));
  shares[heaviest] = (shares[heaviest] ?? 0) + units - shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => s * unit);
}
