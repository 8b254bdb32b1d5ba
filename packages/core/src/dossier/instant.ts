import { z } from 'zod';
import type { Instant } from '../calendar/local-date.ts';

/** An instant the API receives: ISO-8601 with its offset, read as epoch ms for the core. */
export const InstantInput = z.iso
  .datetime({ offset: true, error: 'calendar.instant_expected' })
  .transform((s) => Date.parse(s));

/** An instant the API sends: ISO-8601 (UTC, `Z`). */
export const IsoInstant = z.iso.datetime({ offset: true });
export type IsoInstant = z.infer<typeof IsoInstant>;

export function isoOf(at: Instant): IsoInstant;
export function isoOf(at: Instant | null): IsoInstant | null;
export function isoOf(at: Instant | null): IsoInstant | null {
  return at === null ? null : new Date(at).toISOString();
}
