import type { Role } from '../auth/role.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { MissingItem } from './completeness.ts';
import type { DossierMessageKey } from './dossier-messages.ts';
import type { DossierProblemCode } from './dossier-problems.ts';

/**
 * Who acts: the signed-in user, with the agency of their officer roles (null for a citizen), and for an officer
 * without an agency the branch they work at (DESIGN §13: a branch's counter receives any procedure of the province).
 */
export type Actor = { id: string; roles: readonly Role[]; agencyId: string | null; branchId?: string | null };

/** What a command is judged against: the instant, the actor and the clock of the dossier's center. */
export type LifecycleContext = {
  now: Instant;
  actor: Actor;
  clock: WorkingClock;
  /** The version the caller saw (`TransitionRequest.version`); a different one is a conflict. */
  expectedVersion?: number;
  /** Children of a composite dossier still without a result (liên thông, composite.ts); the server counts them. */
  openChildren?: number;
};

export type PlainFailureCode =
  | Exclude<DossierProblemCode, 'lifecycle.guard_failed' | 'dossier.incomplete' | 'lifecycle.transition_not_allowed'>
  | 'auth.forbidden';

/** A refused command: a problem code of dossier-problems.ts (or `auth.forbidden`), with what explains it. */
export type LifecycleFailure =
  | { ok: false; code: 'lifecycle.guard_failed'; reason: DossierMessageKey }
  | { ok: false; code: 'dossier.incomplete'; missing: MissingItem[] }
  | { ok: false; code: 'lifecycle.transition_not_allowed'; status: string; transition: string }
  | { ok: false; code: PlainFailureCode };
