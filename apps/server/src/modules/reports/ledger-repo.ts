import { setImmediate as nextTurn } from 'node:timers/promises';
import { periodBounds, type LedgerQuery } from '@motcua/core';
import { and, asc, count, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
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

/** Dossiers received in [from, to), of one agency or all; children of a composite dossier are not rows (DESIGN §6). */
export type LedgerFilter = { from: Date; to: Date; agencySlug?: string };

/** The filter of a query's period, cut at `until` when that comes first (an export leaves out later receptions). */
export function ledgerFilterOf(query: LedgerQuery, until = Number.POSITIVE_INFINITY): LedgerFilter {
  const { start, end } = periodBounds(query);
  return { from: new Date(start), to: new Date(Math.min(end, until)), agencySlug: query.agency };
}

const conditions = (filter: LedgerFilter): SQL[] => {
  const where: SQL[] = [
    gte(dossier.receivedAt, filter.from),
    lt(dossier.receivedAt, filter.to),
    sql`${dossier.parentId} is null`,
  ];
  if (filter.agencySlug) where.push(eq(agency.slug, filter.agencySlug));
  return where;
};

/** The register's rows in reception order, a page at a time (keyset on received_at, code): never the whole table. */
export function createLedgerRepo(db: Executor) {
  async function page(
    filter: LedgerFilter,
    after: { receivedAt: Date; code: string } | null,
    limit: number,
  ): Promise<LedgerRow[]> {
    const where = conditions(filter);
    // The plain bound lets an index on received_at start at the page instead of at the period's start.
    if (after)
      where.push(
        gte(dossier.receivedAt, after.receivedAt),
        or(
          sql`${dossier.receivedAt} > ${after.receivedAt}`,
          and(eq(dossier.receivedAt, after.receivedAt), sql`${dossier.code} > ${after.code}`),
        )!,
      );
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
  }

  return {
    page,

    /**
     * Every page of the filter in order, each read by its own query when the consumer asks for it. PGlite
     * runs a query on the event loop's thread: each page waits a turn so that other requests get in.
     */
    async *pages(filter: LedgerFilter, pageSize: number): AsyncGenerator<LedgerRow[]> {
      let after: LedgerRow | null = null;
      for (;;) {
        if (after) await nextTurn();
        const rows = await page(filter, after, pageSize);
        if (rows.length > 0) yield rows;
        if (rows.length < pageSize) return;
        after = rows[rows.length - 1]!;
      }
    },

    /** How many rows `pages` will give. */
    async count(filter: LedgerFilter): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(dossier)
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .where(and(...conditions(filter)));
      return row?.n ?? 0;
    },
  };
}
