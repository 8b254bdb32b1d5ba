import type { HolidayRule, HolidayRuleEntry } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { CalendarRepo } from './calendar-repo.ts';

type Change = <T>(fn: (repo: CalendarRepo, at: Date) => Promise<T>) => Promise<T>;

/**
 * The holiday rules as data the admin edits (DESIGN §5: effective dates, audited, applied without a
 * release). Editing `to` ends a rule; a rule the admin saved is never overwritten by the start-up's shipping.
 */
export function holidayRuleUseCases(reader: CalendarRepo, change: Change) {
  return {
    rules: (): Promise<HolidayRuleEntry[]> => reader.listRules(),

    async saveRule(id: string, rule: HolidayRule, actor: { userId: string }): Promise<HolidayRule> {
      if (rule.id !== id)
        throw new AppError('request.validation_failed', {
          errors: [{ path: 'id', message: 'calendar.rule_id_mismatch' }],
        });
      return change(async (repo, at) => {
        const before = await repo.findRule(id);
        await repo.saveRule(rule, at, actor.userId);
        await repo.appendChange({
          at,
          userId: actor.userId,
          centerId: null,
          action: before ? 'rule.updated' : 'rule.created',
          subject: id,
          before: before ?? null,
          after: rule,
        });
        return rule;
      });
    },
  };
}
