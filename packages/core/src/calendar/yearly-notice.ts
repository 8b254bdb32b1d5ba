import { z } from 'zod';
import { requiredText } from '../validation.ts';
import { civilFromDay, LocalDate, parseLocalDate, weekdayOf } from './local-date.ts';

export const NoticeDayOff = z.object({ date: LocalDate, name: z.string().min(1) });
export type NoticeDayOff = z.infer<typeof NoticeDayOff>;

/**
 * A year's notice of days off (Labour Code 2019 art. 112(3): the Prime Minister fixes the Tết days
 * and the Quốc khánh adjacent day; the notice, from Bộ Nội vụ since 2026, may swap a weekday off for
 * a Saturday worked). The admin enters it; it overrides the computed defaults of that year:
 * - the days of rules marked `setByNotice` (Tết, the adjacent day) and every computed nghỉ bù are
 *   dropped: the notice lists the year's Tết days, adjacent day, make-up days and swapped days;
 * - the fixed-date holidays (1/1, Giỗ Tổ, 30/4, 1/5, 2/9, and any the admin
 *   added, such as 24/11) still apply, whether listed or not;
 * - each Saturday worked is a working day.
 */
export const YearlyNotice = z
  .object({
    year: z.int().min(1900).max(2100),
    /** The notice's number and date, as printed. */
    reference: requiredText(300),
    daysOff: z.array(NoticeDayOff),
    saturdaysWorked: z.array(LocalDate),
  })
  .superRefine((notice, ctx) => {
    const seen = new Set<string>();
    const check = (date: string, path: (string | number)[]) => {
      if (!LocalDate.safeParse(date).success) return; // reported by the field's own schema
      if (civilFromDay(parseLocalDate(date)).year !== notice.year)
        ctx.addIssue({ code: 'custom', path, message: 'calendar.date_not_in_year' });
      if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: 'calendar.date_listed_twice' });
      seen.add(date);
    };
    notice.daysOff.forEach((d, i) => check(d.date, ['daysOff', i, 'date']));
    notice.saturdaysWorked.forEach((date, i) => {
      check(date, ['saturdaysWorked', i]);
      if (LocalDate.safeParse(date).success && weekdayOf(parseLocalDate(date)) !== 6) {
        ctx.addIssue({ code: 'custom', path: ['saturdaysWorked', i], message: 'calendar.not_a_saturday' });
      }
    });
  });
export type YearlyNotice = z.infer<typeof YearlyNotice>;
