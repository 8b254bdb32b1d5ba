import { describe, expect, it } from 'vitest';
import { CULTURE_DAY_RULE, DEFAULT_HOLIDAY_RULES, HolidayRule } from '@motcua/core';
import { ruleFromValues, valuesFromRule } from './holiday-rule-values.ts';

describe('the holiday rule form', () => {
  it.each(DEFAULT_HOLIDAY_RULES.map((rule) => [rule.id, rule] as const))(
    'gives back the rule %s it was opened with',
    (_, rule) => {
      expect(ruleFromValues(valuesFromRule(rule))).toEqual(rule);
    },
  );

  it('sends only the fields of the chosen kind, an empty end as null, the weekdays in order', () => {
    const values = { ...valuesFromRule(CULTURE_DAY_RULE), kind: 'adjacent' as const, afterOn: [4, 1], to: ' ' };
    const rule = ruleFromValues(values);
    expect(rule).toEqual({ ...CULTURE_DAY_RULE, kind: 'adjacent', afterOn: [1, 4], days: undefined, to: null });
    expect(rule).not.toHaveProperty('days');
    expect(HolidayRule.parse(rule)).toEqual(rule);
  });
});
