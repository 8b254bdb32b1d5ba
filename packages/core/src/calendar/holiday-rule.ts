import { z } from 'zod';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  LocalDate,
  parseLocalDate,
  weekdayOf,
  type EpochDay,
} from './local-date.ts';
import { dayOfLunar } from './lunar.ts';
import { CalendarRangeError } from './range-error.ts';

const Month = z.int().min(1).max(12);
const Weekday = z.int().min(0).max(6);

const RuleBase = z.object({
  id: z.string().min(1),
  /** Vietnamese name shown on the calendar, e.g. "Tết Nguyên đán". */
  name: z.string().min(1),
  /** The legal basis, e.g. "Labour Code 2019 art. 112(1)(b)". */
  basis: z.string(),
  /** Occurrences whose anchor date falls in [from, to] (inclusive; `to` null = still in force). */
  from: LocalDate,
  to: LocalDate.nullable(),
  /**
   * Art. 112(3): the Prime Minister fixes the actual Tết days and the Quốc khánh adjacent day each
   * year. When a yearly notice exists, the notice's days replace these rules' defaults.
   */
  setByNotice: z.boolean(),
});

/** A public holiday as data (DESIGN §4, §5): new rules are added without a release. */
export const HolidayRule = z
  .discriminatedUnion('kind', [
    /** `days` days from a solar date, e.g. 30 April. */
    RuleBase.extend({
      kind: z.literal('solar'),
      month: Month,
      day: z.int().min(1).max(31),
      days: z.int().min(1).max(10),
    }),
    /** `days` days from `offset` days after a lunar date (non-leap month), e.g. Tết = 1/1 lunar, offset -1, 5 days. */
    RuleBase.extend({
      kind: z.literal('lunar'),
      month: Month,
      day: z.int().min(1).max(30),
      offset: z.int().min(-10).max(10),
      days: z.int().min(1).max(10),
    }),
    /** One day next to a solar date: the day before, or the day after when the date falls on a weekday of `afterOn` (0 = Sunday). */
    RuleBase.extend({
      kind: z.literal('adjacent'),
      month: Month,
      day: z.int().min(1).max(31),
      afterOn: z.array(Weekday),
    }),
  ])
  .superRefine((rule, ctx) => {
    if (rule.to !== null && LocalDate.safeParse(rule.to).success && LocalDate.safeParse(rule.from).success)
      if (parseLocalDate(rule.to) < parseLocalDate(rule.from))
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.period_reversed' });
  });
export type HolidayRule = z.infer<typeof HolidayRule>;

/** `GET /api/v1/calendar/holiday-rules`: a stored rule, and whether the admin edited it (else it is the shipped one). */
export const HolidayRuleEntry = z.object({
  rule: HolidayRule,
  edited: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type HolidayRuleEntry = z.infer<typeof HolidayRuleEntry>;
export const HolidayRuleList = z.array(HolidayRuleEntry);

export type HolidayDay = { day: EpochDay; name: string };

/** The anchor day of a rule in a (solar or lunar) year, or null when that date does not exist that year. */
function anchorOf(rule: HolidayRule, year: number): EpochDay | null {
  if (rule.kind === 'lunar') {
    try {
      return dayOfLunar({ day: rule.day, month: rule.month, year, leap: false });
    } catch (e) {
      if (e instanceof CalendarRangeError) return null; // at the edges of 1900–2100
      throw e;
    }
  }
  return rule.day <= daysInMonth(year, rule.month) ? dayFromCivil(year, rule.month, rule.day) : null;
}

function inForce(rule: HolidayRule, day: EpochDay): boolean {
  return day >= parseLocalDate(rule.from) && (rule.to === null || day <= parseLocalDate(rule.to));
}

/** The days a rule gives for its occurrence of `year` (a lunar year for lunar rules); may spill into a neighbouring solar year. */
export function ruleDays(rule: HolidayRule, year: number): HolidayDay[] {
  const anchor = anchorOf(rule, year);
  if (anchor === null || !inForce(rule, anchor)) return [];
  if (rule.kind === 'adjacent') {
    const day = rule.afterOn.includes(weekdayOf(anchor)) ? anchor + 1 : anchor - 1;
    return [{ day, name: rule.name }];
  }
  const first = rule.kind === 'lunar' ? anchor + rule.offset : anchor;
  return Array.from({ length: rule.days }, (_, i) => ({ day: first + i, name: rule.name }));
}

/** Holiday days of every rule falling in [from, to], in date order; where two coincide, the first rule's name stands. */
export function holidaysBetween(rules: readonly HolidayRule[], from: EpochDay, to: EpochDay): Map<EpochDay, string> {
  const found: HolidayDay[] = [];
  const lastYear = civilFromDay(to).year;
  for (const rule of rules) {
    // An occurrence of year y (solar, or lunar) falls in solar year y or spills into y + 1.
    for (let year = civilFromDay(from).year - 1; year <= lastYear; year++)
      found.push(...ruleDays(rule, year).filter((h) => h.day >= from && h.day <= to));
  }
  const byDay = new Map<EpochDay, string>();
  for (const h of found.sort((a, b) => a.day - b.day)) if (!byDay.has(h.day)) byDay.set(h.day, h.name);
  return byDay;
}
