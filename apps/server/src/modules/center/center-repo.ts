import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { center } from '../../db/schema/index.ts';

export function createCenterRepo(db: Executor) {
  let province: Promise<{ id: string; name: string }> | undefined;
  // The province center: its office hours are the contract's (DESIGN §11 `calendar/due`), its name heads
  // the documents. Its id and name are read once: they do not change while the server runs.
  const load = async () => {
    const [row] = await db
      .select({ id: center.id, name: center.name })
      .from(center)
      .where(eq(center.level, 'province'))
      .orderBy(asc(center.effectiveFrom))
      .limit(1);
    if (!row) throw new Error('no province center: the database has not been seeded');
    return row;
  };
  const provinceCenter = () =>
    (province ??= load().catch((error) => {
      province = undefined;
      throw error;
    }));
  return {
    provinceCenterId: async () => (await provinceCenter()).id,
    provinceCenterName: async () => (await provinceCenter()).name,
  };
}
