import type { CounterAdminQuery, CounterDetail, LocalDate } from '@motcua/core';
import { and, asc, count, eq, gte, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, agencyCenter, center, counter, field } from '../../db/schema/index.ts';

const columns = {
  id: counter.id,
  centerId: counter.centerId,
  centerCode: center.code,
  centerName: center.name,
  number: counter.number,
  name: counter.name,
  agencyCode: agency.code,
  agencySlug: agency.slug,
  agencyName: agency.name,
  fields: counter.fieldCodes,
  validFrom: counter.effectiveFrom,
  validTo: counter.effectiveTo,
};
type Row = {
  id: string;
  centerId: string;
  centerCode: string;
  centerName: string;
  number: number;
  name: string;
  agencyCode: string | null;
  agencySlug: string | null;
  agencyName: string | null;
  fields: string[];
  validFrom: string;
  validTo: string | null;
};

export type StoredCounterDetail = CounterDetail & { centerId: string };

const detailOf = (r: Row): StoredCounterDetail => ({
  id: r.id,
  centerId: r.centerId,
  center: { code: r.centerCode, name: r.centerName },
  number: r.number,
  name: r.name,
  agency: r.agencySlug ? { code: r.agencyCode!, slug: r.agencySlug, name: r.agencyName! } : null,
  fields: r.fields,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

export type CounterValues = { number: number; name: string; agencyId: string | null; fieldCodes: string[] };

/** Counters as the admin keeps them (DESIGN §13: closed, never deleted); the officers' reads stay in counter-repo.ts. */
export function createCounterAdminRepo(db: Executor) {
  const select = () =>
    db
      .select(columns)
      .from(counter)
      .innerJoin(center, eq(center.id, counter.centerId))
      .leftJoin(agency, eq(agency.id, counter.agencyId));

  return {
    /** A center's counters by number; those closed before `today` (core `isCounterClosed`) only on request. */
    async list(centerId: string, query: CounterAdminQuery, today: LocalDate) {
      const open = query.includeClosed ? undefined : or(isNull(counter.effectiveTo), gte(counter.effectiveTo, today));
      const where = and(eq(counter.centerId, centerId), open);
      const [rows, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(asc(counter.number), asc(counter.effectiveFrom))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(counter).where(where),
      ]);
      return { items: rows.map(detailOf), total: total?.n ?? 0 };
    },

    async find(id: string): Promise<StoredCounterDetail | undefined> {
      const [row] = await select().where(eq(counter.id, id));
      return row ? detailOf(row) : undefined;
    },

    async centerExists(centerId: string): Promise<boolean> {
      return (await db.select({ id: center.id }).from(center).where(eq(center.id, centerId))).length > 0;
    },

    /**
     * A center's counters change one at a time: a number is checked free, then written (the partial unique index
     * of the open counters is the backstop; this turns a race into a clear 409 instead of a constraint error).
     */
    async lockCenterCounters(centerId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext('motcua.org.counter'), hashtext(${centerId}))`);
    },

    /** Another open counter of the center with this number (the index `counter_center_number_open_unique`). */
    async numberTaken(centerId: string, number: number, exceptId: string | null): Promise<boolean> {
      const rows = await db
        .select({ id: counter.id })
        .from(counter)
        .where(
          and(
            eq(counter.centerId, centerId),
            eq(counter.number, number),
            isNull(counter.effectiveTo),
            exceptId ? ne(counter.id, exceptId) : undefined,
          ),
        );
      return rows.length > 0;
    },

    /** The agency by slug and whether it serves at the center (`agency_center`). */
    async findAgencyAt(slug: string, centerId: string): Promise<{ id: string; servesHere: boolean } | undefined> {
      const [row] = await db
        .select({ id: agency.id, at: agencyCenter.centerId })
        .from(agency)
        .leftJoin(agencyCenter, and(eq(agencyCenter.agencyId, agency.id), eq(agencyCenter.centerId, centerId)))
        .where(eq(agency.slug, slug));
      return row ? { id: row.id, servesHere: row.at !== null } : undefined;
    },

    /** The codes among these that no field has. */
    async missingFields(codes: readonly string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db.selectDistinct({ code: field.code }).from(field).where(inArray(field.code, codes));
      const found = new Set(rows.map((r) => r.code));
      return codes.filter((code) => !found.has(code));
    },

    async insert(centerId: string, values: CounterValues, validFrom: LocalDate): Promise<string> {
      const [row] = await db
        .insert(counter)
        .values({ ...values, centerId, effectiveFrom: validFrom })
        .returning({ id: counter.id });
      return row!.id;
    },

    async update(id: string, values: Partial<CounterValues>): Promise<void> {
      if (Object.values(values).every((v) => v === undefined)) return;
      await db.update(counter).set(values).where(eq(counter.id, id));
    },

    async close(id: string, validTo: LocalDate): Promise<void> {
      await db.update(counter).set({ effectiveTo: validTo }).where(eq(counter.id, id));
    },
  };
}
export type CounterAdminRepo = ReturnType<typeof createCounterAdminRepo>;
