import type { RoutingCenter } from '@motcua/core';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { center } from '../../db/schema/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';

/** A center as a dossier's documents and routing see it. */
export type PlacedCenter = RoutingCenter & { name: string; address: string | null };

/**
 * Centers as the calendar and the dossiers read them: any one by code or id (routing, receipts), and the province
 * center: its office hours are the contract's (DESIGN §11 `calendar/due`), its name heads the
 * documents. Read at each use, not once: a new province creates it while the server runs (DESIGN §13), and the
 * admin may rename it; one indexed read of a tiny table.
 */
export function createCenterRepo(db: Executor) {
  const find = async (): Promise<{ id: string; name: string } | null> => {
    const [row] = await db
      .select({ id: center.id, name: center.name })
      .from(center)
      .where(and(eq(center.level, 'province'), isNull(center.effectiveTo)))
      .orderBy(asc(center.effectiveFrom))
      .limit(1);
    return row ?? null;
  };
  const get = async () => {
    const row = await find();
    if (!row) throw new AppError('org.province_center_missing');
    return row;
  };
  return {
    centerIdOf: async (code: string): Promise<string | undefined> =>
      (await db.select({ id: center.id }).from(center).where(eq(center.code, code)))[0]?.id,

    /**
     * A center as routing reads it (core `routeDossier`), with the name and address its receipts print
     * (DESIGN §13: where the result is returned). The reference table: the one read that crosses centers.
     */
    async getCenter(id: string): Promise<PlacedCenter> {
      const [row] = await db
        .select({
          id: center.id,
          code: center.code,
          name: center.name,
          address: center.address,
          level: center.level,
          effectiveFrom: center.effectiveFrom,
          effectiveTo: center.effectiveTo,
        })
        .from(center)
        .where(eq(center.id, id));
      if (!row) throw new AppError('org.center_not_found');
      return row;
    },

    /** Null before the admin has created the province's center (a new installation). */
    findProvinceCenterId: async () => (await find())?.id ?? null,
    /** The province center's name, to sign what is no one center's (an account's mail); null before it exists. */
    findProvinceCenterName: async () => (await find())?.name ?? null,
    provinceCenterId: async () => (await get()).id,
    provinceCenterName: async () => (await get()).name,
  };
}
