import { DEFAULT_OFFICE_HOURS, OfficeHours, type CenterLevel, type LocalDate, type PublicCenter } from '@motcua/core';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { center, centerOfficeHours } from '../../db/schema/index.ts';

const parent = alias(center, 'parent');
/** The hours in force on `day`: the latest period begun by then (DESIGN §13). */
const hoursOn = (day: LocalDate) =>
  sql<unknown>`(select h.hours from ${centerOfficeHours} h where h.center_id = ${center.id}
    and h.effective_from <= ${day} order by h.effective_from desc limit 1)`;
const columns = (day: LocalDate) => ({
  id: center.id,
  code: center.code,
  name: center.name,
  level: center.level,
  parentCode: parent.code,
  validFrom: center.effectiveFrom,
  validTo: center.effectiveTo,
  address: center.address,
  hours: hoursOn(day),
});
type Row = {
  id: string;
  code: string;
  name: string;
  level: CenterLevel;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  address: string | null;
  hours: unknown;
};

/** Without hours of its own a center keeps DESIGN §5's (the calendar does the same). */
const publicOf = ({ hours, ...r }: Row): PublicCenter => ({
  ...r,
  officeHours: hours ? OfficeHours.parse(hours) : DEFAULT_OFFICE_HOURS,
});

export type NewCenter = {
  code: string;
  name: string;
  level: CenterLevel;
  parentId: string | null;
  validFrom: LocalDate;
  address: string | null;
};

/** Centers as the admin changes them (DESIGN §13); the province center's own reads stay in center-repo.ts. */
export function createCenterAdminRepo(db: Executor, today: () => LocalDate) {
  const select = () => db.select(columns(today())).from(center).leftJoin(parent, eq(parent.id, center.parentId));

  return {
    /** The province center first, then by code: the order of the public contract (DESIGN §11 org). */
    async list(): Promise<PublicCenter[]> {
      const rows = await select().orderBy(sql`${center.level} <> 'province'`, asc(center.code));
      return rows.map(publicOf);
    },

    async find(where: { id: string } | { code: string }): Promise<PublicCenter | undefined> {
      const [row] = await select().where('id' in where ? eq(center.id, where.id) : eq(center.code, where.code));
      return row ? publicOf(row) : undefined;
    },

    /**
     * Every change of centers takes its turn: "one open province center" and "code unique" are checked and then
     * written, so two admins racing must not both pass the check. A transaction-scoped advisory lock (released at
     * commit), since there may be no row yet to lock.
     */
    async lockCenters(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext('motcua.org.center'))`);
    },

    async hasOpenProvinceCenter(): Promise<boolean> {
      const [row] = await db
        .select({ id: center.id })
        .from(center)
        .where(and(eq(center.level, 'province'), isNull(center.effectiveTo)))
        .limit(1);
      return row !== undefined;
    },

    async insert(values: NewCenter): Promise<string> {
      const [row] = await db
        .insert(center)
        .values({ ...values, effectiveFrom: values.validFrom })
        .returning({ id: center.id });
      return row!.id;
    },

    async update(id: string, values: { name?: string; address?: string | null }): Promise<void> {
      if (values.name === undefined && values.address === undefined) return;
      await db.update(center).set(values).where(eq(center.id, id));
    },

    async close(id: string, validTo: LocalDate): Promise<void> {
      await db.update(center).set({ effectiveTo: validTo }).where(eq(center.id, id));
    },
  };
}
export type CenterAdminRepo = ReturnType<typeof createCenterAdminRepo>;
