import {
  formatLocalDate,
  instantOfWorked,
  startOfDay,
  type EpochDay,
  type Instant,
  type WorkingClock,
} from '../catalog/core.ts';
import { between, chance, type Random } from './random.ts';

// When things happen in the province center's days: office instants, busier and quieter days, the opening.

export const WORKING_MINUTE = 60_000;

/** An instant in office hours of a working day, mornings busier (most applicants come early). */
export function officeInstant(clock: WorkingClock, day: EpochDay, random: Random): Instant {
  const dayMs = clock.schedule.dayMs;
  const morning = clock.schedule.sessions[1]?.before ?? dayMs;
  const worked = chance(random, 0.62) ? between(random, 0, morning) : between(random, morning, dayMs);
  const clamped = Math.min(Math.max(worked, WORKING_MINUTE), dayMs - WORKING_MINUTE);
  return instantOfWorked(clock, day, Math.floor(clamped / 1000) * 1000);
}

/** Working days from `from` to `to` (both included) with a weight each: busier on Mondays, quieter on Fridays and Saturdays worked. */
export function dayWeights(
  clock: WorkingClock,
  from: EpochDay,
  to: EpochDay,
  random: Random,
): { day: EpochDay; weight: number }[] {
  const days: { day: EpochDay; weight: number }[] = [];
  for (let d = from; d <= to; d++) {
    if (!clock.calendar.isWorkingDay(d)) continue;
    const weekday = (((d + 4) % 7) + 7) % 7;
    const factor = [1, 1.12, 1.05, 1, 0.98, 0.9, 0.6][weekday]!;
    days.push({ day: d, weight: factor * between(random, 0.85, 1.15) });
  }
  return days;
}

export const dayLabel = (day: EpochDay) => formatLocalDate(day);
/** The moment the center opens on `day` (its first session). */
export const opening = (clock: WorkingClock, day: EpochDay) =>
  startOfDay(day) + (clock.schedule.sessions[0]?.start ?? 0);
