import type { Instant } from '../calendar/local-date.ts';

/** A delegation as the rules see it: `fromUserId`'s work goes to `toUserId` over [startsAt, endsAt). */
export type DelegationPeriod = {
  id: string;
  fromUserId: string;
  toUserId: string;
  startsAt: Instant;
  endsAt: Instant;
  /** A cancelled delegation stops at its cancellation (and never starts if cancelled before). */
  cancelledAt: Instant | null;
};

/** The end of the period a delegation really covers: its end, or its cancellation if earlier. */
export const activeUntil = (d: DelegationPeriod): Instant =>
  d.cancelledAt === null ? d.endsAt : Math.min(d.endsAt, d.cancelledAt);

export const isActiveAt = (d: DelegationPeriod, at: Instant): boolean => d.startsAt <= at && at < activeUntil(d);

/**
 * Who carries `userId`'s work at `at`: `userId` when present, else the end of the chain of delegations
 * (A→B while B→C gives C). Null only when the chain comes back on itself, i.e. everyone in it is absent
 * (the rules refuse to create such a loop; this guards against data that has one anyway).
 */
export function delegateAt(delegations: readonly DelegationPeriod[], userId: string, at: Instant): string | null {
  const seen = new Set([userId]);
  let current = userId;
  for (;;) {
    const away = delegations.find((d) => d.fromUserId === current && isActiveAt(d, at));
    if (!away) return current;
    if (seen.has(away.toUserId)) return null;
    seen.add(away.toUserId);
    current = away.toUserId;
  }
}

/** The absent officers whose work `userId` carries at `at` (their dossiers join `userId`'s inbox). */
export function workersFor(delegations: readonly DelegationPeriod[], userId: string, at: Instant): string[] {
  const absent = new Set(delegations.filter((d) => isActiveAt(d, at)).map((d) => d.fromUserId));
  absent.delete(userId);
  return [...absent].filter((worker) => delegateAt(delegations, worker, at) === userId);
}
