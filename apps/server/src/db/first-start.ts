import type { Database, Transaction } from './database.ts';
import { appUser, center, seedMarker } from './schema/index.ts';
import { shipCalendar } from './shipped-calendar.ts';
import { hashPassword } from '../platform/auth/password.ts';

export type NewCenter = typeof center.$inferInsert;

/** The rows an installation starts with besides the shipped ones, written in the first start's transaction. */
export type Populate = (tx: Transaction, centerId: string | null) => Promise<void>;

/**
 * How a new database starts (DESIGN §3, §13): the demo's center and world (which db/ never imports: the start-up
 * passes it in), or a real province's first admin and no center at all. `prepare` runs only once the database is
 * known empty, before the transaction: a missing setting fails only then, and passwords are hashed there.
 */
export type FirstStart = { kind: 'demo' | 'production'; center: NewCenter | null; prepare: () => Promise<Populate> };

/**
 * Runs at every start: writes the calendar this release ships (its notices and holiday rules, DESIGN §5),
 * then seeds an empty database once: the center, then what the first start adds.
 */
export async function seedIfEmpty(db: Database, start: FirstStart, now = new Date()): Promise<boolean> {
  await shipCalendar(db, now);
  if (!(await isEmpty(db))) return false;
  const populate = await start.prepare();
  await db.transaction(async (tx) => {
    // The marker's key is one row: a second process seeding at the same moment fails here and writes nothing.
    await tx.insert(seedMarker).values({ id: 1, kind: start.kind, seededAt: now });
    const [row] = start.center ? await tx.insert(center).values(start.center).returning({ id: center.id }) : [];
    await populate(tx, row?.id ?? null);
  });
  return true;
}

/** Never seeded: the marker of DESIGN §13, not a count of centers (a province may close its only one). */
async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: seedMarker.id }).from(seedMarker).limit(1);
  return !row;
}

/**
 * A real installation (DESIGN §3, §13): the first admin, whose password has no default, and no center: the admin
 * creates the province's own in the admin area.
 */
export function productionFirstStart(adminPassword: string | undefined): FirstStart {
  return {
    kind: 'production',
    center: null,
    prepare: async () => {
      if (!adminPassword) {
        throw new Error(
          'This is a new database without demo data: set MOTCUA_ADMIN_PASSWORD for the first admin (or MOTCUA_DEMO=1 for the demo).',
        );
      }
      const passwordHash = await hashPassword(adminPassword);
      return async (tx) => {
        await tx
          .insert(appUser)
          .values({ centerId: null, username: 'admin', fullName: 'Quản trị hệ thống', passwordHash, roles: ['admin'] });
      };
    },
  };
}
