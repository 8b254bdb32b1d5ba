import type { AgencyWithCount, FieldWithCount, LocalDate, ProcedureSearchQuery } from '@motcua/core';
import { and, asc, count, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { agency, dossier, field, procedureVersion as pv } from '../../db/schema/index.ts';

/** The versions in force on a day: begun by then and not ended before it (DESIGN §4). */
export const inForceOn = (on: LocalDate) =>
  and(lte(pv.effectiveFrom, on), or(isNull(pv.effectiveTo), gte(pv.effectiveTo, on)))!;
export const agencyRef = { code: agency.code, slug: agency.slug, name: agency.name };
export const fieldRef = { code: field.code, name: field.name };
/** Word similarity a match without the exact words needs (pg_trgm). */
const FUZZY_MATCH = 0.75;
/** A regular expression that matches `folded` as a whole phrase: at word boundaries (`\m`, `\M`), its own specials taken literally. */
const phrasePattern = (folded: string): string => `\\m${folded.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`)}\\M`;
/**
 * Dossiers received per procedure code (the volume that breaks ties between equal matches), as the JSON object
 * text every search sends: serialised once when counted, not on every search.
 */
export type ProcedureVolumes = string;

/** The catalog as the public browses it (DESIGN §11): search, agencies and fields with their counts, partners. */
export function createCatalogSearchRepo(db: Executor) {
  async function searchPage(where: SQL, order: SQL[], query: Pick<ProcedureSearchQuery, 'page' | 'pageSize'>) {
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
  }

  return {
    /**
     * Procedures in force on `on` matching the query (DESIGN §11). `folded` is the query folded by the
     * core. Procedures whose search text contains it come first; only when none does, the typo-tolerant
     * pass runs (pg_trgm word similarity, too costly to compute on every row of every search).
     * The ranking rule (issue 14), in this one place, in SQL so that the page is cut by the database:
     * 1. a name holding the whole query as a phrase, word for word ("giay phep xay dung" in "Cấp giấy phép
     *    xây dựng đối với nhà ở riêng lẻ"), then a name holding it inside words, then the rest;
     * 2. then word similarity (the scattered or misspelt words of the typo-tolerant pass);
     * 3. at an equal match, the procedure more people come for: its `volumes` over the last 12 months;
     * 4. then the shorter name, then the code (a stable order for paging).
     */
    async search(query: ProcedureSearchQuery, folded: string, on: LocalDate, volumes: ProcedureVolumes = '{}') {
      const filters: SQL[] = [inForceOn(on)];
      if (query.agency) filters.push(eq(agency.slug, query.agency));
      if (query.field) filters.push(eq(field.code, query.field));
      if (query.level) filters.push(eq(pv.level, query.level));
      if (query.onlineLevel) filters.push(eq(pv.onlineLevel, query.onlineLevel));
      if (!folded) return searchPage(and(...filters)!, [asc(agency.code), asc(field.code), asc(pv.name)], query);
      const like = containsPattern(folded);
      const order = [
        sql`(${pv.nameFolded} ~ ${phrasePattern(folded)}) desc`,
        sql`(${pv.nameFolded} like ${like}) desc`,
        sql`word_similarity(${folded}, ${pv.nameFolded}) desc`,
        sql`coalesce((${volumes}::jsonb ->> ${pv.code})::int, 0) desc`,
        sql`length(${pv.name})`,
        asc(pv.code),
      ];
      const exact = await searchPage(and(...filters, sql`${pv.searchText} like ${like}`)!, order, query);
      if (exact.total > 0) return exact;
      // `<%` lets the trigram index find candidates (threshold 0.6); the stricter bar then drops look-alikes
      // of short words ("ho chieu" ~ "hieu chien" scores 0.7) while a typo in a longer query still passes.
      return searchPage(
        and(
          ...filters,
          sql`${folded} <% ${pv.searchText}`,
          sql`word_similarity(${folded}, ${pv.searchText}) >= ${FUZZY_MATCH}`,
        )!,
        order,
        query,
      );
    },

    searchPage,

    /** Dossiers received per procedure code in [since, until]: one pass over the period, for a day's cache. */
    async volumesBetween(since: Date, until: Date): Promise<ProcedureVolumes> {
      const rows = await db
        .select({ code: dossier.procedureCode, n: count() })
        .from(dossier)
        .where(and(gte(dossier.receivedAt, since), lte(dossier.receivedAt, until)))
        .groupBy(dossier.procedureCode);
      return JSON.stringify(Object.fromEntries(rows.map((r) => [r.code, r.n])));
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
  };
}
