import { UTC_OFFSET_MS } from '@motcua/core';

const MINUTE = 60_000;

/**
 * A moment typed in a `datetime-local` box (`YYYY-MM-DDTHH:mm`) as the API's ISO instant, read in the
 * center's time zone (UTC+7, no daylight saving) whatever the browser's; an empty box stays empty.
 */
export const vietnamInstant = (local: string | undefined): string => (local ? `${local}:00+07:00` : '');

/** This minute in Vietnam as a `datetime-local` box shows it. */
export const vietnamNow = (now: number = Date.now()): string =>
  new Date(Math.floor(now / MINUTE) * MINUTE + UTC_OFFSET_MS).toISOString().slice(0, 16);
