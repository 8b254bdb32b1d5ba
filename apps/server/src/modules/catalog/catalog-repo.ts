import type { AgencyRef, FieldRef, LocalDate, Procedure } from '@motcua/core';
import { and, asc, desc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, field, procedureVersion as pv } from '../../db/schema/index.ts';
import { agencyRef, createCatalogSearchRepo, fieldRef, inForceOn } from './catalog-search-repo.ts';
import { procedureOf } from './procedure-row.ts';

// Still exported from here, where the seed and older callers find it.
export { inForceOn };

export type StoredVersion = {
  id: string;
  agencyId: string;
  /** The agency's center: where a dossier of this procedure is worked on, wherever received (DESIGN §13). */
  centerId: string;
  fieldId: string;
  procedure: Procedure;
  agency: AgencyRef;
  field: FieldRef;
  createdAt: Date;
  createdBy: { username: string; fullName: string } | null;
};

/**
 * Procedure versions (DESIGN §4): read by code, version or day, and written as new versions ending the
 * previous ones; with the public's search reads of catalog-search-repo.ts, so one repo serves a service.
 */
export function createCatalogRepo(db: Executor) {
  const versions = () =>
    db
      .select({
        id: pv.id,
        agencyId: pv.agencyId,
        centerId: agency.centerId,
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
    centerId: r.centerId,
    fieldId: r.fieldId,
    procedure: procedureOf(r),
    agency: r.agency,
    field: r.field,
    createdAt: r.createdAt,
    createdBy: r.username ? { username: r.username, fullName: r.fullName! } : null,
  });

  return {
    ...createCatalogSearchRepo(db),

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

    async renameField(id: string, name: string): Promise<void> {
      await db.update(field).set({ name }).where(eq(field.id, id));
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
