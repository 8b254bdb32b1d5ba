import { z } from 'zod';
import { LocalDate } from './local-date.ts';
import { LunarDate } from './lunar-date.ts';

/** One day of the calendar; `holiday` is its Vietnamese name, or null (a Saturday worked has none). */
export const CalendarDay = z.object({
  date: LocalDate,
  lunar: LunarDate,
  working: z.boolean(),
  holiday: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof CalendarDay>;
