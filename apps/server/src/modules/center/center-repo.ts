import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { center } from '../../db/schema/index.ts';

export function createCenterRepo(db: Executor) {
  let provinceId: string | undefined;
  return {
    /** The province center: its office hours are the contract's (DESIGN §11 `calendar/due`). Its id never changes. */
    async provinceCenterId(): Promise<string> {
      if (provinceId) return provinceId;
      const [row] = await db.select({ id: center.id }).from(center).where(eq(center.level, 'province')).orderBy(asc(center.effectiveFrom)).limit(1);
      if (!row) throw new Error('no province center: the database has not been seeded');
      provinceId = row.id;
      return provinceId;
    },
  };
}
