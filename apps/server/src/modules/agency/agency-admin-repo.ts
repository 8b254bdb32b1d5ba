import type { AgencyDetail, LocalDate } from '@motcua/core';
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { agency, agencyCenter, center } from '../../db/schema/index.ts';

const successor = alias(agency, 'successor');
const columns = {
  id: agency.id,
  code: agency.code,
  slug: agency.slug,
  name: agency.name,
  validFrom: agency.effectiveFrom,
  validTo: agency.effectiveTo,
  successorCode: successor.code,
  successorSlug: successor.slug,
  successorName: successor.name,
  // The codes of the centers it serves at, in code order (a few per agency).
  centers: sql<string[]>`coalesce((
    select array_agg(c.code order by c.code) from ${agencyCenter} ac join ${center} c on c.id = ac.center_id
    where ac.agency_id = ${agency.id}), '{}')`,
};
type Row = {
  id: string;
  code: string;
  slug: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successorCode: string | null;
  successorSlug: string | null;
  successorName: string | null;
  centers: string[];
};

const detailOf = ({ successorCode, successorSlug, successorName, ...r }: Row): AgencyDetail => ({
  ...r,
  successor: successorSlug ? { code: successorCode!, slug: successorSlug, name: successorName! } : null,
});

export type NewAgency = { code: string; slug: string; name: string; validFrom: LocalDate; centerIds: string[] };

/** Agencies as the admin changes them (DESIGN §4, §13): ended, never deleted; the centers each serves at. */
export function createAgencyAdminRepo(db: Executor) {
  const select = () => db.select(columns).from(agency).leftJoin(successor, eq(successor.id, agency.successorId));

  const setCenters = async (agencyId: string, centerIds: string[]) => {
    await db.delete(agencyCenter).where(eq(agencyCenter.agencyId, agencyId));
    await db.insert(agencyCenter).values(centerIds.map((centerId) => ({ agencyId, centerId })));
  };

  return {
    /**
     * Every agency by code. A province has a few dozen agencies (the demo 24, with its merged ones): the list is
     * filtered and paged by the service on what the core folds, rather than through a search column.
     */
    async listAll(): Promise<AgencyDetail[]> {
      return (await select().orderBy(asc(agency.code))).map(detailOf);
    },

    async find(where: { id: string } | { slug: string }): Promise<AgencyDetail | undefined> {
      const [row] = await select().where('id' in where ? eq(agency.id, where.id) : eq(agency.slug, where.slug));
      return row ? detailOf(row) : undefined;
    },

    /** Slug or code already used anywhere in the province: both name an agency in URLs, codes and reports. */
    async taken(code: string, slug: string): Promise<{ code: boolean; slug: boolean }> {
      const rows = await db
        .select({ code: agency.code, slug: agency.slug })
        .from(agency)
        .where(or(eq(agency.code, code), eq(agency.slug, slug)));
      return { code: rows.some((r) => r.code === code), slug: rows.some((r) => r.slug === slug) };
    },

    /** The ids of centers by code; a code without a center is missing from the map. */
    async centerIds(codes: readonly string[]): Promise<Map<string, string>> {
      const rows = await db
        .select({ id: center.id, code: center.code })
        .from(center)
        .where(inArray(center.code, codes));
      return new Map(rows.map((r) => [r.code, r.id]));
    },

    /** Agency changes take turns: slug and code are checked, then written (no row to lock before a create). */
    async lockAgencies(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext('motcua.org.agency'))`);
    },

    /** Its owning center (`agency.center_id`) is the first it serves at. */
    async insert(values: NewAgency): Promise<string> {
      const { centerIds, validFrom, ...rest } = values;
      const [row] = await db
        .insert(agency)
        .values({ ...rest, effectiveFrom: validFrom, centerId: centerIds[0]! })
        .returning({ id: agency.id });
      await setCenters(row!.id, centerIds);
      return row!.id;
    },

    async update(id: string, values: { name?: string; centerIds?: string[] }): Promise<void> {
      const owning = values.centerIds?.[0];
      if (values.name !== undefined || owning !== undefined)
        await db.update(agency).set({ name: values.name, centerId: owning }).where(eq(agency.id, id));
      if (values.centerIds) await setCenters(id, values.centerIds);
    },

    async end(id: string, validTo: LocalDate, successorId: string | null): Promise<void> {
      await db.update(agency).set({ effectiveTo: validTo, successorId }).where(eq(agency.id, id));
    },
  };
}
export type AgencyAdminRepo = ReturnType<typeof createAgencyAdminRepo>;
