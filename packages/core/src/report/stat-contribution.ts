import { dayOfInstant, startOfDay, type EpochDay, type Instant } from '../calendar/local-date.ts';
import { dueMomentAt } from '../calendar/deadline.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { DossierState } from '../dossier/dossier-state.ts';
import { classifyState, deadlineOf } from '../dossier/timeliness.ts';

/**
 * What one dossier adds to the statistics of a day (DESIGN §8): flows on the day they happen
 * (received by channel, resolved by timeliness) and changes of two levels, `open` (received, not
 * resolved) and `overdue` (open and past its due moment as it stood). A level at the end of day D is
 * the sum of its changes on days ≤ D, so "carried over into `from`" and "in progress at the end of
 * `to`" are sums, never a scan of today's states.
 */
export const STAT_MEASURES = [
  'receivedOnline',
  'receivedDirect',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'open',
  'overdue',
] as const;
export type StatMeasure = (typeof STAT_MEASURES)[number];
export type StatMeasures = Record<StatMeasure, number>;
export type StatChange = { day: EpochDay } & StatMeasures;

/**
 * The last instant of a UTC+7 day: "as of the end of D" (DESIGN §8). Dates partition time, so an event
 * at 00:00 belongs to its own day and not to the end of the day before.
 */
export const endOfDay = (day: EpochDay): Instant => startOfDay(day + 1) - 1;

export const zeroMeasures = (): StatMeasures => ({
  receivedOnline: 0,
  receivedDirect: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  open: 0,
  overdue: 0,
});
const isZero = (m: StatMeasures) => STAT_MEASURES.every((k) => m[k] === 0);

/**
 * The whole contribution of a dossier as its state stands: one change per day on which something
 * changes. Levels are evaluated with the one classification (DESIGN §5) at the end of each day on
 * which they can change: reception, each pause's start and end, each due moment as it stood, and the
 * resolution. Days after the last event are a projection (nothing else happens); a later transition
 * replaces it through `statDelta`. A dossier never received (rejected at intake, withdrawn or a draft)
 * and a child of a composite dossier (counted once, in its parent, DESIGN §6) contribute nothing.
 */
export function statContribution(
  clock: WorkingClock,
  state: DossierState,
  options: { counted: boolean } = { counted: true },
): StatChange[] {
  const deadline = deadlineOf(state);
  if (!options.counted || !deadline || state.receivedAt === null) return [];
  const received = dayOfInstant(state.receivedAt);
  const changes = new Map<EpochDay, StatMeasures>();
  const at = (day: EpochDay) => changes.get(day) ?? changes.set(day, zeroMeasures()).get(day)!;
  at(received)[state.channel === 'online' ? 'receivedOnline' : 'receivedDirect'] += 1;

  const candidates = new Set<EpochDay>([received]);
  const addInstant = (t: number) => candidates.add(dayOfInstant(t));
  const runningFrom = [state.receivedAt, ...state.pauses.flatMap((p) => (p.end === null ? [] : [p.end]))];
  for (const p of state.pauses) addInstant(p.start);
  for (const t of runningFrom) {
    addInstant(t);
    addInstant(dueMomentAt(clock, deadline, t));
  }
  if (state.resolution) addInstant(state.resolution.at);

  let open = 0;
  let overdue = 0;
  for (const day of [...candidates].filter((d) => d >= received).sort((a, b) => a - b)) {
    const c = classifyState(clock, state, endOfDay(day))!;
    const nowOpen = c.status === 'inProgress' ? 1 : 0;
    const nowOverdue = c.status === 'inProgress' && c.timeliness === 'overdue' ? 1 : 0;
    if (nowOpen !== open || nowOverdue !== overdue) {
      at(day).open += nowOpen - open;
      at(day).overdue += nowOverdue - overdue;
      open = nowOpen;
      overdue = nowOverdue;
    }
    if (c.status === 'resolved') break;
  }
  // The resolution is a flow of the (UTC+7) day it happened, classified as of that instant.
  if (state.resolution) {
    const c = classifyState(clock, state, state.resolution.at)!;
    if (c.status === 'resolved')
      at(dayOfInstant(state.resolution.at))[
        c.timeliness === 'early' ? 'resolvedEarly' : c.timeliness === 'onTime' ? 'resolvedOnTime' : 'resolvedLate'
      ] += 1;
  }
  return [...changes]
    .filter(([, m]) => !isZero(m))
    .map(([day, m]) => ({ day, ...m }))
    .sort((a, b) => a.day - b.day);
}

/** What a transition adds to the statistics: the new contribution less the one written before (insert-only deltas). */
export function statDelta(before: readonly StatChange[], after: readonly StatChange[]): StatChange[] {
  const days = new Map<EpochDay, StatMeasures>();
  const add = (list: readonly StatChange[], sign: 1 | -1) => {
    for (const change of list) {
      const m = days.get(change.day) ?? days.set(change.day, zeroMeasures()).get(change.day)!;
      for (const k of STAT_MEASURES) m[k] += sign * change[k];
    }
  };
  add(after, 1);
  add(before, -1);
  return [...days]
    .filter(([, m]) => !isZero(m))
    .map(([day, m]) => ({ day, ...m }))
    .sort((a, b) => a.day - b.day);
}
