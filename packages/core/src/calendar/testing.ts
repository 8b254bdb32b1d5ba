import { UTC_OFFSET_MS, type Instant } from './local-date.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { createWorkingClock } from './working-time.ts';

/** Test helpers: instants written as UTC+7 local times, 'YYYY-MM-DDTHH:MM'. */
export const at = (local: string): Instant => Date.parse(`${local}+07:00`);
export const local = (instant: Instant | null): string | null =>
  instant === null ? null : new Date(instant + UTC_OFFSET_MS).toISOString().slice(0, 16);

/** The province center's clock: default rules, the seed notices, default office hours. */
export const clock = createWorkingClock(createWorkingCalendar());
export const DAY_MS = 450 * 60_000;
