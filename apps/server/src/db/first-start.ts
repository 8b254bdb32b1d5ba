import { count } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';
import { appUser, center } from './schema/index.ts';
import { shipCalendar } from './shipped-calendar.ts';
import { hashPassword } from '../platform/auth/password.ts';

export type NewCenter = typeof center.$inferInsert;

/** The rows an installation starts with besides the shipped ones, written in the first start's transaction. */
export type Populate = (tx: Transaction, centerId: string) => Promise<void>;

/**
 * How a new database starts (DESIGN §3): its center, and what fills it (the first admin, or the demo
 * world, which db/ never imports: the start-up passes it in). `prepare` runs only once the database is
 * known empty, before the transaction: a missing setting fails only then, and passwords are hashed there.
 */
export type FirstStart = { center: NewCenter; prepare: () => Promise<Populate> };

/**
 * Runs at every start: writes the calendar this release ships (its notices and holiday rules, DESIGN §5),
 * then seeds an empty database once: the center, then what the first start adds.
 */
export async function seedIfEmpty(db: Database, start: FirstStart, now = new Date()): Promise<boolean> {
  await shipCalendar(db, now);
  if (!(await isEmpty(db))) return false;
  const populate = await start.prepare();
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(center).values(start.center).returning({ id: center.id });
    await populate(tx, row!.id);
  });
  return true;
}

/** Never seeded: every first start writes a center in the same transaction as the rest. */
async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(center);
  return (row?.n ?? 0) === 0;
}

/** A real installation (DESIGN §3): its center and the first admin, whose password has no default. */
export function productionFirstStart(centerRow: NewCenter, adminPassword: string | undefined): FirstStart {
  return {
    center: centerRow,
    prepare: async () => {
      if (!adminPassword) {
        throw new Error(
          'This is a new database without demo data: set MOTCUA_ADMIN_PASSWORD for the first admin (or MOTCUA_DEMO=1 for the demo).',
        );
      }
      const passwordHash = await hashPassword(adminPassword);
      return async (tx, centerId) => {
        await tx
          .insert(appUser)
          .values({ centerId, username: 'admin', fullName: 'Quản trị hệ thống', passwordHash, roles: ['admin'] });
      };
    },
  };
}
