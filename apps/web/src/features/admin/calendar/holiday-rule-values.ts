import type { HolidayRule } from '@motcua/core';

/** The rule form's values: every field of every kind, `to` empty while the rule is in force. */
export type RuleValues = {
  id: string;
  name: string;
  basis: string;
  kind: HolidayRule['kind'];
  month: number;
  day: number;
  days: number;
  offset: number;
  afterOn: number[];
  from: string;
  to: string;
  setByNotice: boolean;
};

const NEW_RULE: RuleValues = {
  id: '',
  name: '',
  basis: '',
  kind: 'solar',
  month: 1,
  day: 1,
  days: 1,
  offset: 0,
  afterOn: [],
  from: '',
  to: '',
  setByNotice: false,
};

export function valuesFromRule(rule: HolidayRule | null): RuleValues {
  if (!rule) return NEW_RULE;
  return { ...NEW_RULE, ...rule, to: rule.to ?? '' };
}

/** The rule the form describes: only the fields of its kind (the server refuses what does not fit). */
export function ruleFromValues(v: RuleValues): HolidayRule {
  const base = {
    id: v.id.trim(),
    name: v.name.trim(),
    basis: (v.basis ?? '').trim(),
    month: v.month,
    day: v.day,
    from: v.from.trim(),
    to: v.to?.trim() ? v.to.trim() : null,
    setByNotice: v.setByNotice,
  };
  if (v.kind === 'adjacent') return { ...base, kind: 'adjacent', afterOn: [...(v.afterOn ?? [])].sort() };
  if (v.kind === 'lunar') return { ...base, kind: 'lunar', days: v.days, offset: v.offset };
  return { ...base, kind: 'solar', days: v.days };
}
