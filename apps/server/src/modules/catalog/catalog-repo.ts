import type {
  AgencyRef,
  AgencyWithCount,
  FieldRef,
  FieldWithCount,
  LocalDate,
  Procedure,
  ProcedureSearchQuery,
} from '@motcua/core';
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, max, or, gte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { agency, appUser, field, procedureVersion as pv } from '../../db/schema/index.ts';
import { procedureOf } from './procedure-row.ts';

export const inForceOn = (on: LocalDate) =>
  and(lte(pv.effectiveFrom, on), or(isNull(pv.effectiveTo), gte(pv.effectiveTo, on)))!;
const agencyRef = { code: agency.code, slug: agency.slug, name: agency.name };
const fieldRef = { code: field.code, name: field.name };
/** Word similarity a match without the exact words needs (pg_trgm). */
const FUZZY_MATCH = 0.75;

export type StoredVersion = {
  id: string;
  agencyId: string;
  fieldId: string;
  procedure: Procedure;
  agency: AgencyRef;
  field: FieldRef;
  createdAt: Date;
  createdBy: { username: string; fullName: string } | null;
};

export function createCatalogRepo(db: Executor) {
  const versions = () =>
    db
      .select({
        id: pv.id,
        agencyId: pv.agencyId,
        fieldId: pv.fieldId,
        code: pv.code,
        version: pv.version,
        effectiveFrom: pv.effectiveFrom,
        effectiveTo: pv.effectiveTo,
        content: pv.content,
        createdAt: pv.createdAt,
        agency: agencyRef,
        field: fieldRef,
        username: appUser.username,
        fullName: appUser.fullName,
      })
      .from(pv)
      .innerJoin(agency, eq(agency.id, pv.agencyId))
      .innerJoin(field, eq(field.id, pv.fieldId))
      .leftJoin(appUser, eq(appUser.id, pv.createdBy));
  type VersionRow = Awaited<ReturnType<ReturnType<typeof versions>['execute']>>[number];
  const stored = (r: VersionRow): StoredVersion => ({
    id: r.id,
    agencyId: r.agencyId,
    fieldId: r.fieldId,
    procedure: procedureOf(r),
    agency: r.agency,
    field: r.field,
    createdAt: r.createdAt,
    createdBy: r.username ? { username: r.username, fullName: r.fullName! } : null,
  });

  return {
    /**
     * Procedures in force on `on` matching the query (DESIGN §11). `folded` is the query folded by the
     * core. Procedures whose search text contains it come first; only when none does, the typo-tolerant
     * pass runs (pg_trgm word similarity, too costly to compute on every row of every search).
     * Names containing the query rank first, then by word similarity, then shorter names.
     */
    async search(query: ProcedureSearchQuery, folded: string, on: LocalDate) {
      const filters: SQL[] = [inForceOn(on)];
      if (query.agency) filters.push(eq(agency.slug, query.agency));
      if (query.field) filters.push(eq(field.code, query.field));
      if (query.level) filters.push(eq(pv.level, query.level));
      if (query.onlineLevel) filters.push(eq(pv.onlineLevel, query.onlineLevel));
      if (!folded) return this.searchPage(and(...filters)!, [asc(agency.code), asc(field.code), asc(pv.name)], query);
      const like = containsPattern(folded);
      const order = [
        sql`(${pv.nameFolded} like ${like}) desc`,
        sql`word_similarity(${folded}, ${pv.nameFolded}) desc`,
        sql`length(${pv.name})`,
        asc(pv.code),
      ];
      const exact = await this.searchPage(and(...filters, sql`${pv.searchText} like ${like}`)!, order, query);
      if (exact.total > 0) return exact;
      // `<%` lets the trigram index find candidates (threshold 0.6); the stricter bar then drops look-alikes
      // of short words ("ho chieu" ~ "hieu chien" scores 0.7) while a typo in a longer query still passes.
      return this.searchPage(
        and(
          ...filters,
          sql`${folded} <% ${pv.searchText}`,
          sql`word_similarity(${folded}, ${pv.searchText}) >= ${FUZZY_MATCH}`,
        )!,
        order,
        query,
      );
    },

    async searchPage(where: SQL, order: SQL[], query: Pick<ProcedureSearchQuery, 'page' | 'pageSize'>) {
      const rows = await db
        .select({
          code: pv.code,
          name: pv.name,
          agency: agencyRef,
          field: fieldRef,
          timeLimitValue: pv.timeLimitValue,
          timeLimitUnit: pv.timeLimitUnit,
          onlineLevel: pv.onlineLevel,
        })
        .from(pv)
        .innerJoin(agency, eq(agency.id, pv.agencyId))
        .innerJoin(field, eq(field.id, pv.fieldId))
        .where(where)
        .orderBy(...order)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(pv)
        .innerJoin(agency, eq(agency.id, pv.agencyId))
        .innerJoin(field, eq(field.id, pv.fieldId))
        .where(where);
      return { rows, total: total?.n ?? 0 };
    },

    async findInForce(code: string, on: LocalDate): Promise<StoredVersion | undefined> {
      const [row] = await versions().where(and(eq(pv.code, code), inForceOn(on)));
      return row ? stored(row) : undefined;
    },

    async findVersion(code: string, version: number): Promise<StoredVersion | undefined> {
      const [row] = await versions().where(and(eq(pv.code, code), eq(pv.version, version)));
      return row ? stored(row) : undefined;
    },

    /** Every version of a code, newest first (a procedure has a handful). */
    async listVersions(code: string): Promise<StoredVersion[]> {
      return (await versions().where(eq(pv.code, code)).orderBy(desc(pv.version))).map(stored);
    },

    async latestVersion(code: string, options: { forUpdate?: boolean } = {}): Promise<StoredVersion | undefined> {
      const query = versions().where(eq(pv.code, code)).orderBy(desc(pv.version)).limit(1);
      const [row] = options.forUpdate ? await query.for('update', { of: pv }) : await query;
      return row ? stored(row) : undefined;
    },

    async endVersion(id: string, effectiveTo: LocalDate): Promise<void> {
      await db.update(pv).set({ effectiveTo }).where(eq(pv.id, id));
    },

    async insertVersions(rows: (typeof pv.$inferInsert)[]): Promise<void> {
      // Large multi-row inserts, a few hundred rows each (DESIGN §9: written in bulk, never row by row).
      for (let i = 0; i < rows.length; i += 250) await db.insert(pv).values(rows.slice(i, i + 250));
    },

    async partners(codes: string[], on: LocalDate) {
      if (codes.length === 0) return [];
      return db
        .select({ code: pv.code, name: pv.name, agency: agencyRef })
        .from(pv)
        .innerJoin(agency, eq(agency.id, pv.agencyId))
        .where(and(inArray(pv.code, codes), inForceOn(on)));
    },

    async agenciesWithCounts(on: LocalDate): Promise<AgencyWithCount[]> {
      return db
        .select({ id: agency.id, ...agencyRef, procedureCount: count(pv.id) })
        .from(agency)
        .leftJoin(pv, and(eq(pv.agencyId, agency.id), inForceOn(on)))
        .where(and(lte(agency.effectiveFrom, on), or(isNull(agency.effectiveTo), gte(agency.effectiveTo, on))))
        .groupBy(agency.id)
        .orderBy(asc(agency.code));
    },

    async fieldsWithCounts(on: LocalDate, agencySlug?: string): Promise<FieldWithCount[]> {
      const rows = await db
        .select({ ...fieldRef, agency: agencyRef, procedureCount: count(pv.id) })
        .from(field)
        .innerJoin(agency, eq(agency.id, field.agencyId))
        .leftJoin(pv, and(eq(pv.fieldId, field.id), inForceOn(on)))
        .where(agencySlug ? eq(agency.slug, agencySlug) : undefined)
        .groupBy(field.id, agency.id)
        .orderBy(asc(field.code));
      return rows;
    },

    async agencyRefs(centerId: string) {
      return db
        .select({ id: agency.id, ...agencyRef })
        .from(agency)
        .where(eq(agency.centerId, centerId));
    },

    async fieldRefs(centerId: string) {
      return db
        .select({ id: field.id, ...fieldRef, agencyId: field.agencyId })
        .from(field)
        .where(eq(field.centerId, centerId));
    },

    async insertFields(rows: (typeof field.$inferInsert)[]) {
      return db
        .insert(field)
        .values(rows)
        .returning({ id: field.id, code: field.code, name: field.name, agencyId: field.agencyId });
    },

    /** The versions in force on `on` after `afterCode`, by code: the Excel export reads the catalog in pages. */
    async pageInForce(on: LocalDate, afterCode: string | null, limit: number): Promise<StoredVersion[]> {
      const where = afterCode === null ? inForceOn(on) : and(inForceOn(on), gt(pv.code, afterCode));
      return (await versions().where(where).orderBy(asc(pv.code)).limit(limit)).map(stored);
    },

    /** Every version of the given codes (a handful each), for an import to compare a page of its rows. */
    async versionsOf(codes: string[]): Promise<StoredVersion[]> {
      if (codes.length === 0) return [];
      return (await versions().where(inArray(pv.code, codes))).map(stored);
    },

    async inForceCodes(on: LocalDate): Promise<string[]> {
      return (await db.select({ code: pv.code }).from(pv).where(inForceOn(on))).map((r) => r.code);
    },

    /** The highest version number of each code that has one. */
    async latestVersionNumbers(codes: string[]): Promise<Map<string, number>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: pv.code, version: max(pv.version) })
        .from(pv)
        .where(inArray(pv.code, codes))
        .groupBy(pv.code);
      return new Map(rows.map((r) => [r.code, r.version ?? 0]));
    },

    /** Ends many versions at once, a few hundred per statement. */
    async endVersions(ends: { id: string; effectiveTo: LocalDate }[]): Promise<void> {
      for (let i = 0; i < ends.length; i += 250) {
        const values = sql.join(
          ends.slice(i, i + 250).map((e) => sql`(${e.id}::uuid, ${e.effectiveTo}::date)`),
          sql`, `,
        );
        await db.execute(
          sql`update ${pv} set effective_to = v.effective_to from (values ${values}) as v(id, effective_to) where ${pv.id} = v.id`,
        );
      }
    },
  };
}
export type CatalogRepo = ReturnType<typeof createCatalogRepo>;
