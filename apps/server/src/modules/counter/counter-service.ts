import {
  dayOfInstant,
  decideSignIn,
  formatLocalDate,
  decideSignOut,
  isForgotten,
  isoOf,
  occupiedDetail,
  type CounterList,
  type CounterSession,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type SessionUser, centerOf } from '../../platform/auth/session-user.ts';
import { createCounterRepo } from './counter-repo.ts';

type Deps = { db: Database; now: () => Date };

/** Officers signing in and out at the center's counters (DESIGN §2); every change is one transaction. */
export function createCounterService(deps: Deps) {
  const { db, now } = deps;
  const reader = createCounterRepo(db);

  return {
    /** The counters open today (UTC+7): a closed one takes no sign-in. */
    async list(user: SessionUser): Promise<CounterList> {
      const rows = await reader.listAt(centerOf(user), formatLocalDate(dayOfInstant(now().getTime())));
      return {
        items: rows.map(({ counter, occupant }) => ({
          ...counter,
          occupant: occupant && {
            userId: occupant.userId,
            fullName: occupant.fullName,
            startedAt: isoOf(occupant.startedAt),
          },
        })),
      };
    },

    async mine(user: SessionUser): Promise<CounterSession> {
      const open = await reader.findOpenSessionOf(user.id);
      // A session left open since an earlier day is forgotten: the officer sits nowhere until they sign in again.
      const session = open && !isForgotten(open, now().getTime()) ? open : null;
      const found = session && (await reader.findCounter(session.counterId));
      if (!session || !found) throw new AppError('counter.not_signed_in');
      return { counter: found.counter, startedAt: isoOf(session.startedAt) };
    },

    /** The officer first, then the counter, always in this order: racing sign-ins queue instead of deadlocking. */
    async signIn(counterId: string, user: SessionUser): Promise<CounterSession> {
      return db.transaction(async (tx) => {
        const repo = createCounterRepo(tx);
        await repo.lockOfficer(user.id);
        const found = await repo.lockCounter(counterId);
        if (!found) throw new AppError('counter.not_found');
        const mine = await repo.findOpenSessionOf(user.id);
        const occupant = await repo.findOpenSessionAt(counterId);
        const decision = decideSignIn({ officer: user, counter: found.place, mine, occupant }, now().getTime());
        if (!decision.ok) {
          if (decision.code === 'counter.occupied')
            throw new AppError(decision.code, { detail: occupiedDetail(found.counter.number, decision.occupant) });
          throw new AppError(decision.code);
        }
        await repo.close(decision.close);
        if (decision.open) await repo.open(decision.open);
        return { counter: found.counter, startedAt: isoOf(decision.startedAt) };
      });
    },

    async signOut(user: SessionUser): Promise<void> {
      await db.transaction(async (tx) => {
        const repo = createCounterRepo(tx);
        await repo.lockOfficer(user.id);
        const closing = decideSignOut(await repo.findOpenSessionOf(user.id), now().getTime());
        if (closing) await repo.close([closing]);
      });
    },
  };
}
export type CounterService = ReturnType<typeof createCounterService>;
