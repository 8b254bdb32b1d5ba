import type { Role } from '../auth/role.ts';
import { dayOfInstant, formatLocalDate, startOfDay, type Instant, type LocalDate } from '../calendar/local-date.ts';
import type { CounterProblemCode } from './counter-problems.ts';

/** Who signs in at a counter (DESIGN §1): the reception officer, or the agency's head standing in. */
export const COUNTER_ROLES = ['counter', 'agency_head'] as const satisfies readonly Role[];

export type CounterOfficer = { id: string; centerId: string | null; agencyId: string | null; roles: readonly Role[] };
/** `effectiveTo`: the counter's last day (UTC+7), null while open. */
export type CounterPlace = { id: string; centerId: string; agencyId: string | null; effectiveTo: LocalDate | null };
/** A session not ended yet (`endedAt` null). */
export type OpenCounterSession = {
  id: string;
  counterId: string;
  userId: string;
  fullName: string;
  startedAt: Instant;
};
export type SessionClosing = { sessionId: string; endedAt: Instant };

export type SignInDecision =
  | {
      ok: true;
      close: SessionClosing[];
      open: { counterId: string; userId: string; startedAt: Instant } | null;
      startedAt: Instant;
    }
  | { ok: false; code: 'auth.forbidden' | Exclude<CounterProblemCode, 'counter.occupied' | 'counter.not_signed_in'> }
  | { ok: false; code: 'counter.occupied'; occupant: OpenCounterSession };

/**
 * A counter closes after the last day of its period (DESIGN §13: closed, never deleted, since dossiers and
 * ratings name it); it is open from its creation, so only the end counts.
 */
export const isCounterClosed = (counter: { effectiveTo: LocalDate | null }, day: LocalDate): boolean =>
  counter.effectiveTo !== null && counter.effectiveTo < day;

/** The end of the UTC+7 day a session started on: a session still open then was forgotten. */
export const endOfSessionDay = (startedAt: Instant): Instant => startOfDay(dayOfInstant(startedAt) + 1);

export const isForgotten = (session: Pick<OpenCounterSession, 'startedAt'>, now: Instant): boolean =>
  now >= endOfSessionDay(session.startedAt);

/**
 * The earliest start of a session not forgotten at `now` (sessions start no later than now): the start
 * of now's UTC+7 day. The same rule as `isForgotten`, as a bound a query can use.
 */
export const earliestLiveStart = (now: Instant): Instant => startOfDay(dayOfInstant(now));

/**
 * When a session ends if it is closed now: now, or for a forgotten one the end of its day, so that
 * nothing after that day (a visit, a rating at the counter's tablet) is put down to an officer who had left.
 */
export const closingOf = (session: OpenCounterSession, now: Instant): SessionClosing => ({
  sessionId: session.id,
  endedAt: Math.min(now, endOfSessionDay(session.startedAt)),
});

/**
 * Signing in at a counter (DESIGN §2, §7). One officer per counter at a time, since the counter's
 * tablet rates the officer sitting there; one open session per officer. `mine` is the officer's open
 * session (at any counter), `occupant` the open session at this counter (anyone's).
 */
export function decideSignIn(
  input: {
    officer: CounterOfficer;
    counter: CounterPlace;
    mine: OpenCounterSession | null;
    occupant: OpenCounterSession | null;
  },
  now: Instant,
): SignInDecision {
  const { officer, counter, mine, occupant } = input;
  if (!COUNTER_ROLES.some((role) => officer.roles.includes(role))) return { ok: false, code: 'auth.forbidden' };
  if (counter.centerId !== officer.centerId) return { ok: false, code: 'counter.not_found' };
  if (isCounterClosed(counter, formatLocalDate(dayOfInstant(now)))) return { ok: false, code: 'counter.closed' };
  if (counter.agencyId !== null && counter.agencyId !== officer.agencyId)
    return { ok: false, code: 'counter.other_agency' };
  // Signing in again where one already sits changes nothing (a reload of the page, a retry).
  if (mine && mine.counterId === counter.id && !isForgotten(mine, now))
    return { ok: true, close: [], open: null, startedAt: mine.startedAt };
  const other = occupant && occupant.userId !== officer.id ? occupant : null;
  if (other && !isForgotten(other, now)) return { ok: false, code: 'counter.occupied', occupant: other };
  // The previous counter is left at the very instant this one is taken: never two open sessions.
  const close = [other, mine].filter((s) => s !== null).map((s) => closingOf(s, now));
  return { ok: true, close, open: { counterId: counter.id, userId: officer.id, startedAt: now }, startedAt: now };
}

/** Signing out of whatever counter: nothing to do when none is open. */
export const decideSignOut = (mine: OpenCounterSession | null, now: Instant): SessionClosing | null =>
  mine ? closingOf(mine, now) : null;
