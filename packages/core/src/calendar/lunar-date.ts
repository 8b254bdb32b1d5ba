import { z } from 'zod';

/** A date of the Vietnamese lunar calendar (âm lịch, UTC+7); `leap` marks a leap month (tháng nhuận). */
export const LunarDate = z.object({
  day: z.int().min(1).max(30),
  month: z.int().min(1).max(12),
  year: z.int(),
  leap: z.boolean(),
});
export type LunarDate = z.infer<typeof LunarDate>;
