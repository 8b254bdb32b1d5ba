import type { ChecklistItem, DocumentForm } from '@motcua/core';

/** One row of the form: what the officer ticked for the checklist item of the same index. */
export type TickValues = { provided: number; form: DocumentForm; conditionApplies: boolean };

/** Nothing provided yet, in the form the checklist asks for, no condition applying. */
export function emptyTicks(checklist: readonly ChecklistItem[]): TickValues[] {
  return checklist.map((item) => ({ provided: 0, form: item.form, conditionApplies: false }));
}

/** The ticks as `ChecklistTicks` of core: one per item, by index. */
export function ticksOf(values: readonly (Partial<TickValues> | undefined)[] | undefined) {
  return (values ?? []).map((tick, item) => ({
    item,
    provided: tick?.provided ?? 0,
    form: tick?.form ?? null,
    conditionApplies: tick?.conditionApplies ?? false,
  }));
}
