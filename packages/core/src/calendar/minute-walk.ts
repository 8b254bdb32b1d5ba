import type { Instant } from './local-date.ts';
import { isOfficeTime, type WorkingClock } from './working-time.ts';

/**
 * The obvious due computation, one minute at a time: the oracle of the deadline tests and the
 * baseline of the calendar bench. Not for production (tens of thousands of steps per call).
 * `start` must fall on a whole minute.
 */
export function minuteWalkDue(clock: WorkingClock, start: Instant, workingMinutes: number): Instant {
  let t = start;
  for (let left = workingMinutes; left > 0; t += 60_000) {
    // The minute [t, t + 1 min) is worked when both its ends are office time.
    if (isOfficeTime(clock, t) && isOfficeTime(clock, t + 60_000)) left--;
  }
  return t;
}
