import {
  earliestLiveStart,
  type Counter,
  type CounterPlace,
  type Instant,
  type LocalDate,
  type OpenCounterSession,
  type SessionClosing,
} from '@motcua/core';
import { and, asc, desc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, counter, counterSession } from '../../db/schema/index.ts';

export type StoredCounter = { counter: Counter; place: CounterPlace };

const counterColumns = {
  id: counter.id,
  centerId: counter.centerId,
  agencyId: counter.agencyId,
  number: counter.number,
  name: counter.name,
  fields: counter.fieldCodes,
  effectiveTo: counter.effectiveTo,
  agencySlug: agency.slug,
  agencyName: agency.name,
};
const sessionColumns = {
  id: counterSession.id,
  counterId: counterSession.counterId,
  userId: counterSession.userId,
  fullName: appUser.fullName,
  startedAt: counterSession.startedAt,
};

const openOf = (r: {
  id: string;
  counterId: string;
  userId: string;
  fullName: string;
  startedAt: Date;
}): OpenCounterSession => ({ ...r, startedAt: r.startedAt.getTime() });

/** Counters and who sits at them (DESIGN §2): the only file of the module that speaks SQL. */
export function createCounterRepo(db: Executor) {
  const counters = () => db.select(counterColumns).from(counter).leftJoin(agency, eq(agency.id, counter.agencyId));
  const openSessions = () =>
    db.select(sessionColumns).from(counterSession).innerJoin(appUser, eq(appUser.id, counterSession.userId));
  const storedOf = (r: Awaited<ReturnType<ReturnType<typeof counters>['execute']>>[number]): StoredCounter => ({
    counter: {
      id: r.id,
      number: r.number,
      name: r.name,
      agency: r.agencySlug ? { slug: r.agencySlug, name: r.agencyName ?? '' } : null,
      fields: r.fields,
    },
    place: { id: r.id, centerId: r.centerId, agencyId: r.agencyId, effectiveTo: r.effectiveTo },
  });

  return {
    /**
     * The center's counters open on `day` by number (core `isCounterClosed`, as a query), each with its open
     * session if any. A closed counter is still found by id (`findCounter`): dossiers and ratings name it.
     */
    async listAt(
      centerId: string,
      day: LocalDate,
    ): Promise<{ counter: Counter; occupant: OpenCounterSession | null }[]> {
      const open = or(isNull(counter.effectiveTo), gte(counter.effectiveTo, day));
      const rows = await counters()
        .where(and(eq(counter.centerId, centerId), open))
        .orderBy(asc(counter.number));
      const sessions = await openSessions()
        .innerJoin(counter, eq(counter.id, counterSession.counterId))
        .where(and(eq(counter.centerId, centerId), isNull(counterSession.endedAt)))
        .orderBy(asc(counterSession.startedAt));
      const occupants = new Map(sessions.map((s) => [s.counterId, openOf(s)]));
      return rows.map((r) => ({ counter: storedOf(r).counter, occupant: occupants.get(r.id) ?? null }));
    },

    async findCounter(id: string): Promise<StoredCounter | undefined> {
      const [row] = await counters().where(eq(counter.id, id));
      return row ? storedOf(row) : undefined;
    },

    /** The counter, locked until the transaction ends: sign-ins at one counter take turns (two racing, one wins). */
    async lockCounter(id: string): Promise<StoredCounter | undefined> {
      const [row] = await counters().where(eq(counter.id, id)).for('no key update', { of: counter });
      return row ? storedOf(row) : undefined;
    },

    /** The officer's row, locked: one officer's sign-ins and sign-outs take turns, so one session stays open at most. */
    async lockOfficer(userId: string): Promise<void> {
      await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, userId)).for('no key update');
    },

    async findOpenSessionOf(userId: string): Promise<OpenCounterSession | null> {
      const [row] = await openSessions()
        .where(and(eq(counterSession.userId, userId), isNull(counterSession.endedAt)))
        .orderBy(desc(counterSession.startedAt))
        .limit(1);
      return row ? openOf(row) : null;
    },

    async findOpenSessionAt(counterId: string): Promise<OpenCounterSession | null> {
      const [row] = await openSessions()
        .where(and(eq(counterSession.counterId, counterId), isNull(counterSession.endedAt)))
        .orderBy(desc(counterSession.startedAt))
        .limit(1);
      return row ? openOf(row) : null;
    },

    /** Ends sessions still open (one closed meanwhile by another transaction is left as it ended). */
    async close(closings: readonly SessionClosing[]): Promise<void> {
      for (const c of closings) {
        await db
          .update(counterSession)
          .set({ endedAt: new Date(c.endedAt) })
          .where(and(eq(counterSession.id, c.sessionId), isNull(counterSession.endedAt)));
      }
    },

    async open(session: { counterId: string; userId: string; startedAt: number }): Promise<void> {
      await db.insert(counterSession).values({ ...session, startedAt: new Date(session.startedAt) });
    },
  };
}
export type CounterRepo = ReturnType<typeof createCounterRepo>;

/** The counter of the officer's session open at `at` and not forgotten then (core `earliestLiveStart`), as a query. */
const liveCounterOf = (tx: Executor, userId: string, at: Instant) =>
  tx
    .select({ id: counterSession.counterId })
    .from(counterSession)
    .where(
      and(
        eq(counterSession.userId, userId),
        isNull(counterSession.endedAt),
        gte(counterSession.startedAt, new Date(earliestLiveStart(at))),
      ),
    )
    .orderBy(desc(counterSession.startedAt))
    .limit(1);

/**
 * The counter an officer is signed in at, for what they receive to record it (DESIGN §2, §7: the
 * ratings at the counter's tablet rest on it); null when they sit at none or left a session open since
 * an earlier day (forgotten). Call it with the transaction's `tx` (PGlite has one connection).
 */
export async function currentCounterId(tx: Executor, userId: string, at: Instant): Promise<string | null> {
  const [row] = await liveCounterOf(tx, userId, at);
  return row?.id ?? null;
}
