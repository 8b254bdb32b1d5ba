import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { center } from '../../db/schema/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';

/**
 * The province center: its office hours are the contract's (DESIGN §11 `calendar/due`), its name heads the
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
    /** Null before the admin has created the province's center (a new installation). */
    findProvinceCenterId: async () => (await find())?.id ?? null,
    provinceCenterId: async () => (await get()).id,
    provinceCenterName: async () => (await get()).name,
  };
}
