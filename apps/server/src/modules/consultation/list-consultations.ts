import {
  consultationWarnings,
  isoOf,
  type ConsultationItem,
  type ConsultationList,
  type ConsultationListQuery,
  type WorkingClock,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { createConsultationRepo, type ConsultationFilter, type StoredConsultation } from './consultation-repo.ts';

type Deps = { db: Database; now: () => Date; clock: () => Promise<WorkingClock> };

/** How many awaited consultations the due-soon filter reads at a time. */
const DUE_SOON_CHUNK = 200;

const itemOf = (c: StoredConsultation, clock: WorkingClock, now: number): ConsultationItem => ({
  ...c,
  deadline: isoOf(c.deadline),
  openedAt: isoOf(c.openedAt),
  answeredAt: isoOf(c.answeredAt),
  closedAt: isoOf(c.closedAt),
  warnings: consultationWarnings(clock, c, now),
});

/**
 * The consulted agency's inbox (DESIGN §1: officers see what their agency is consulted on): soonest
 * deadline first, each with its warnings from its own deadline (core). Overdue is a bound on the deadline;
 * due soon is read by the calendar, walking the awaited ones ahead of now until the first that is not
 * (core `consultationWarnings` is monotone in the deadline).
 */
export function createListConsultations(deps: Deps) {
  const repo = createConsultationRepo(deps.db);

  async function dueSoon(filter: ConsultationFilter, query: ConsultationListQuery, clock: WorkingClock, now: number) {
    const found: ConsultationItem[] = [];
    for (let chunk = 1; ; chunk++) {
      const { rows } = await repo.list({ ...filter, deadlineAfter: new Date(now) }, chunk, DUE_SOON_CHUNK);
      const items = rows.map((c) => itemOf(c, clock, now));
      const ahead = items.findIndex((i) => !i.warnings.includes('due_soon'));
      found.push(...(ahead < 0 ? items : items.slice(0, ahead)));
      if (ahead >= 0 || rows.length < DUE_SOON_CHUNK) break;
    }
    const skip = (query.page - 1) * query.pageSize;
    return { items: found.slice(skip, skip + query.pageSize), total: found.length };
  }

  return async (query: ConsultationListQuery, user: SessionUser): Promise<ConsultationList> => {
    if (!user.agencyId) return { items: [], total: 0 };
    const [clock, now] = [await deps.clock(), deps.now().getTime()];
    const filter: ConsultationFilter = { agencyId: user.agencyId, status: query.status };
    if (query.warning === 'due_soon') return dueSoon(filter, query, clock, now);
    if (query.warning === 'overdue') filter.deadlineUpTo = new Date(now);
    const { rows, total } = await repo.list(filter, query.page, query.pageSize);
    return { items: rows.map((c) => itemOf(c, clock, now)), total };
  };
}
export type ListConsultations = ReturnType<typeof createListConsultations>;
