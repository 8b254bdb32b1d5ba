import { and, asc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, dossier, procedureVersion } from '../../db/schema/index.ts';

export type LedgerRow = {
  id: string;
  code: string;
  procedureName: string;
  applicantName: string;
  agencyName: string;
  receivedAt: Date;
  dueAt: Date | null;
  resolvedAt: Date | null;
  returnedAt: Date | null;
  status: string;
};

/** The register's rows in reception order, a page at a time (keyset on received_at, code): never the whole table. */
export function createLedgerRepo(db: Executor) {
  return {
    async page(filter: { from: Date; to: Date; agencySlug?: string }, after: { receivedAt: Date; code: string } | null, limit: number): Promise<LedgerRow[]> {
      const where: SQL[] = [gte(dossier.receivedAt, filter.from), lt(dossier.receivedAt, filter.to), sql`${dossier.parentId} is null`];
      if (filter.agencySlug) where.push(eq(agency.slug, filter.agencySlug));
      if (after) where.push(or(sql`${dossier.receivedAt} > ${after.receivedAt}`, and(eq(dossier.receivedAt, after.receivedAt), sql`${dossier.code} > ${after.code}`))!);
      const rows = await db
        .select({
          id: dossier.id,
          code: dossier.code,
          procedureName: procedureVersion.name,
          applicantName: dossier.applicantName,
          agencyName: agency.name,
          receivedAt: dossier.receivedAt,
          dueAt: dossier.dueAt,
          resolvedAt: dossier.resolvedAt,
          returnedAt: dossier.returnedAt,
          status: dossier.status,
        })
        .from(dossier)
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
        .where(and(...where))
        .orderBy(asc(dossier.receivedAt), asc(dossier.code))
        .limit(limit);
      return rows.map((r) => ({ ...r, receivedAt: r.receivedAt! }));
    },
  };
}
