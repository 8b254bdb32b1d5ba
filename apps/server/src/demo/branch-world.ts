import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { appUser, center, counter } from '../db/schema/index.ts';
import type { WorldBranch } from './dossiers/world.ts';

/**
 * The district and commune centers under the province center as the generator sees them (demo-branches.ts seeds
 * them): each with its counter and that counter's officer. A center without both receives nothing in the demo.
 */
export async function loadBranches(tx: Transaction, provinceCenterId: string): Promise<WorldBranch[]> {
  const centers = await tx
    .select({
      id: center.id,
      code: center.code,
      name: center.name,
      level: center.level,
      effectiveFrom: center.effectiveFrom,
      effectiveTo: center.effectiveTo,
    })
    .from(center)
    .where(eq(center.parentId, provinceCenterId));
  if (centers.length === 0) return [];
  const ids = centers.map((c) => c.id);
  const counters = await tx
    .select({ id: counter.id, centerId: counter.centerId })
    .from(counter)
    .where(and(inArray(counter.centerId, ids), eq(counter.number, 1)));
  const officers = await tx
    .select({ id: appUser.id, centerId: appUser.centerId, username: appUser.username, roles: appUser.roles })
    .from(appUser)
    .where(inArray(appUser.centerId, ids));
  const counterOf = new Map(counters.map((c) => [c.centerId, c.id]));
  // The first counter officer by log-in name, whatever ids the database gave.
  const officerOf = new Map(
    officers
      .filter((o) => o.roles.includes('counter'))
      .sort((a, b) => (a.username < b.username ? 1 : -1))
      .map((o) => [o.centerId, o.id]),
  );
  return centers.flatMap((c) => {
    const counterId = counterOf.get(c.id);
    const officerId = officerOf.get(c.id);
    if (!counterId || !officerId || c.level === 'province') return [];
    return [{ ...c, level: c.level, counterId, officerId }];
  });
}
