import { dayOfInstant, formatLocalDate, type DossierState, type WorkingClock } from '@motcua/core';
import type { ClockBook } from './dossier-deps.ts';

/**
 * DESIGN §13: a dossier is timed by its receiving center's office hours in force on its reception day (before
 * reception, on the day it was opened), whatever the hours are today.
 */
export function dossierClock(clocks: ClockBook, d: { receivedCenterId: string; state: DossierState }): WorkingClock {
  const day = formatLocalDate(dayOfInstant(d.state.receivedAt ?? d.state.openedAt));
  return clocks(d.receivedCenterId, day);
}
