import { z } from 'zod';
import type { ChecklistItem } from '../catalog/checklist.ts';
import { DocumentForm } from '../catalog/enums.ts';

/**
 * What the counter officer ticked for one checklist item (by its index in the procedure's
 * checklist): how many copies were provided, in which form, and whether a conditional item's
 * condition applies to this applicant.
 */
export const ChecklistTick = z.object({
  item: z.int().min(0),
  provided: z.int().min(0).max(1000),
  /** Omitted: the form the checklist asks for. */
  form: DocumentForm.nullable().default(null),
  /** For a conditional item: whether its condition applies; omitted reads "does not apply". */
  conditionApplies: z.boolean().default(false),
});
export type ChecklistTick = z.infer<typeof ChecklistTick>;

export const ChecklistTicks = z
  .array(ChecklistTick)
  .max(100)
  .superRefine((ticks, ctx) => {
    const seen = new Set<number>();
    ticks.forEach((t, i) => {
      if (seen.has(t.item)) ctx.addIssue({ code: 'custom', path: [i, 'item'], message: 'dossier.tick_duplicate' });
      seen.add(t.item);
    });
  });
export type ChecklistTicks = z.infer<typeof ChecklistTicks>;

export const MissingReason = z.enum(['absent', 'too_few', 'wrong_form']);
export type MissingReason = z.infer<typeof MissingReason>;

/** One line of form 02: the item, what the checklist asks and what was brought. */
export const MissingItem = z.object({
  item: z.int().min(0),
  name: z.string(),
  form: DocumentForm,
  count: z.int(),
  provided: z.int().min(0),
  reason: MissingReason,
});
export type MissingItem = z.infer<typeof MissingItem>;

export type Completeness = { complete: true } | { complete: false; missing: MissingItem[] };

/**
 * Trust of a document's form: an original answers where a copy is asked, a certified copy where a
 * photocopy is; never the other way (whether a certified copy may stand for an original is the
 * procedure's to say, by asking for a certified copy).
 */
const FORM_RANK = { original: 3, certified_copy: 2, photocopy: 1 } as const satisfies Record<DocumentForm, number>;

/** Whether an item is needed for this applicant: a required one always, a conditional one when its condition applies. */
export function isNeeded(item: ChecklistItem, tick: ChecklistTick | undefined): boolean {
  return item.required || (tick?.conditionApplies ?? false);
}

/**
 * The completeness check at reception (DESIGN §6; NĐ 61/2018 art. 15): every needed item provided,
 * in enough copies, in the form asked or a stronger one. An incomplete dossier gets form 02 listing
 * exactly the missing items, never a receipt. Ticks of items not on the checklist are ignored.
 */
export function checkCompleteness(checklist: readonly ChecklistItem[], ticks: readonly ChecklistTick[]): Completeness {
  const missing: MissingItem[] = [];
  checklist.forEach((entry, index) => {
    const tick = ticks.find((t) => t.item === index);
    if (!isNeeded(entry, tick)) return;
    const provided = tick?.provided ?? 0;
    const line = { item: index, name: entry.name, form: entry.form, count: entry.count, provided };
    if (provided === 0) missing.push({ ...line, reason: 'absent' });
    else if (provided < entry.count) missing.push({ ...line, reason: 'too_few' });
    else if (FORM_RANK[tick?.form ?? entry.form] < FORM_RANK[entry.form])
      missing.push({ ...line, reason: 'wrong_form' });
  });
  return missing.length === 0 ? { complete: true } : { complete: false, missing };
}

/** Form 02's wording of a missing item, Vietnamese (the form is printed in Vietnamese). */
export function supplementReasonText(missing: MissingItem): string {
  const form = { original: 'bản chính', certified_copy: 'bản sao có chứng thực', photocopy: 'bản sao' }[missing.form];
  if (missing.reason === 'absent') return `Chưa nộp (${missing.count} ${form})`;
  if (missing.reason === 'too_few') return `Nộp ${missing.provided}, cần ${missing.count} ${form}`;
  return `Cần ${form}`;
}
