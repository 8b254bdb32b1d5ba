import { describe, expect, it } from 'vitest';
import { ChecklistTicks, type ChecklistItem } from '@motcua/core';
import { emptyTicks, ticksOf } from './checklist-ticks.ts';

const checklist: ChecklistItem[] = [
  { name: 'Tờ khai TK01', form: 'original', count: 1, required: true },
  { name: 'Bản sao giấy khai sinh', form: 'certified_copy', count: 2, required: false, condition: 'Dưới 14 tuổi' },
];

describe('emptyTicks', () => {
  it('starts each item at nothing provided, in the form the checklist asks, no condition applying', () => {
    expect(emptyTicks(checklist)).toEqual([
      { provided: 0, form: 'original', conditionApplies: false },
      { provided: 0, form: 'certified_copy', conditionApplies: false },
    ]);
    expect(emptyTicks([])).toEqual([]);
  });
});

describe('ticksOf', () => {
  it('numbers the ticks by the index of their item, as core expects', () => {
    const ticks = ticksOf([
      { provided: 1, form: 'photocopy', conditionApplies: false },
      { provided: 2, form: 'certified_copy', conditionApplies: true },
    ]);
    expect(ticks).toEqual([
      { item: 0, provided: 1, form: 'photocopy', conditionApplies: false },
      { item: 1, provided: 2, form: 'certified_copy', conditionApplies: true },
    ]);
    expect(ChecklistTicks.safeParse(ticks).success).toBe(true);
  });

  it('reads a row the form never filled as nothing provided, in the form asked', () => {
    expect(ticksOf([undefined, { provided: 3 }])).toEqual([
      { item: 0, provided: 0, form: null, conditionApplies: false },
      { item: 1, provided: 3, form: null, conditionApplies: false },
    ]);
    expect(ticksOf(undefined)).toEqual([]);
  });

  it('sends back what emptyTicks started with', () => {
    expect(ticksOf(emptyTicks(checklist)).map(({ form }) => form)).toEqual(['original', 'certified_copy']);
  });
});
