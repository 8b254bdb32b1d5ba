import type {
  AgencyRef,
  ApplicantView,
  CompositeLinks,
  DossierEventDraft,
  DossierState,
  DossierStatus,
  LocalDate,
  StatChange,
  SubmitterView,
} from '@motcua/core';
import { and, asc, count, eq, inArray, isNull, like, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { agency, appUser, dossier, dossierEvent, dossierSequence, procedureVersion } from '../../db/schema/index.ts';

export type DossierDetails = {
  resultDelivery?: string;
  feePayment?: unknown;
  documents?: string[];
  notes?: string | null;
};

export type StoredDossier = {
  id: string;
  centerId: string;
  fieldId: string;
  parentId: string | null;
  code: string;
  /** What the dossier last added to the statistics. */
  stats: StatChange[];
  secretHash: string;
  phoneLast4: string | null;
  state: DossierState;
  applicant: ApplicantView;
  submitter: SubmitterView | null;
  details: DossierDetails;
  procedureName: string;
  agency: AgencyRef;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDossierRepo(db: Executor) {
  const select = () =>
    db
      .select({
        id: dossier.id,
        centerId: dossier.centerId,
        fieldId: dossier.fieldId,
        parentId: dossier.parentId,
        code: dossier.code,
        stats: dossier.stats,
        secretHash: dossier.secretHash,
        phoneLast4: dossier.phoneLast4,
        state: dossier.state,
        applicant: dossier.applicant,
        submitter: dossier.submitter,
        details: dossier.details,
        procedureName: procedureVersion.name,
        agency: { code: agency.code, slug: agency.slug, name: agency.name },
      })
      .from(dossier)
      .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
      .innerJoin(agency, eq(agency.id, dossier.agencyId));
  const stored = (row: Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number]): StoredDossier => ({
    ...row,
    state: row.state as DossierState,
    stats: row.stats as StatChange[],
    applicant: row.applicant as ApplicantView,
    submitter: row.submitter as SubmitterView | null,
    details: row.details as DossierDetails,
  });

  return {
    /** The next number of the agency's day: one row per agency-day, so agencies never wait on each other (DESIGN §3). */
    async nextSequence(agencyId: string, day: LocalDate): Promise<number> {
      const [row] = await db
        .insert(dossierSequence)
        .values({ agencyId, day, last: 1 })
        .onConflictDoUpdate({
          target: [dossierSequence.agencyId, dossierSequence.day],
          set: { last: sql`${dossierSequence.last} + 1` },
        })
        .returning({ last: dossierSequence.last });
      return row!.last;
    },

    /**
     * The insert of a dossier whose id the caller chose. Like every drizzle builder it runs when awaited;
     * a command queues it in its write batch instead (db/write-batch.ts).
     */
    insert: (row: PgInsertValue<typeof dossier> & { id: string }) => db.insert(dossier).values(row),

    /** Writes the next state only over the version the caller saw: 0 rows means someone else was first. */
    async updateIfVersion(
      id: string,
      expectedVersion: number,
      columns: Partial<typeof dossier.$inferInsert>,
    ): Promise<boolean> {
      const rows = await db
        .update(dossier)
        .set(columns)
        .where(and(eq(dossier.id, id), eq(dossier.version, expectedVersion)))
        .returning({ id: dossier.id });
      return rows.length === 1;
    },

    /** The insert of events (run when awaited, or queued in a write batch); null when there are none. */
    appendEvents: (rows: (typeof dossierEvent.$inferInsert)[]) =>
      rows.length > 0 ? db.insert(dossierEvent).values(rows) : null,

    async findById(id: string): Promise<StoredDossier | undefined> {
      const [row] = await select().where(eq(dossier.id, id));
      return row ? stored(row) : undefined;
    },

    async findByCode(code: string): Promise<StoredDossier | undefined> {
      const [row] = await select().where(eq(dossier.code, code));
      return row ? stored(row) : undefined;
    },

    async events(dossierId: string): Promise<DossierEventDraft[]> {
      const rows = await db
        .select()
        .from(dossierEvent)
        .where(eq(dossierEvent.dossierId, dossierId))
        .orderBy(asc(dossierEvent.seq));
      return rows.map(
        (r) =>
          ({
            type: r.type,
            fromStatus: r.fromStatus,
            toStatus: r.toStatus,
            at: r.at.getTime(),
            actorId: r.actorId ?? '',
            version: r.seq,
            payload: r.payload,
          }) as DossierEventDraft,
      );
    },

    /** An agency's dossiers, soonest due first (the inbox, DESIGN §6), paged. */
    async list(
      filter: { agencyId: string; status?: string; assigneeIds?: string[]; folded?: string; codeLike?: string },
      page: number,
      pageSize: number,
    ) {
      const where: SQL[] = [eq(dossier.agencyId, filter.agencyId)];
      // An inbox shows open work: closed dossiers only when their status is asked for.
      if (filter.status) where.push(eq(dossier.status, filter.status));
      else where.push(notInArray(dossier.status, ['returned', 'rejected_at_intake', 'withdrawn', 'stopped', 'draft']));
      if (filter.assigneeIds) where.push(inArray(dossier.assigneeId, filter.assigneeIds));
      if (filter.folded)
        where.push(
          or(
            like(dossier.applicantNameFolded, containsPattern(filter.folded)),
            like(dossier.code, containsPattern(filter.folded.toUpperCase())),
          )!,
        );
      const rows = await select()
        .where(and(...where))
        .orderBy(sql`${dossier.dueAt} asc nulls last`, asc(dossier.submittedAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(dossier)
        .where(and(...where));
      return { rows: rows.map(stored), total: total?.n ?? 0 };
    },

    /** Whether every id names an enabled officer of the agency (the officers a transition may name). */
    async officersOfAgency(ids: string[], agencyId: string): Promise<boolean> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return true;
      if (!unique.every((id) => UUID.test(id))) return false;
      const [row] = await db
        .select({ n: count() })
        .from(appUser)
        .where(and(inArray(appUser.id, unique), eq(appUser.agencyId, agencyId), eq(appUser.disabled, false)));
      return (row?.n ?? 0) === unique.length;
    },

    /** Children of a composite dossier without a result yet: the lead's approval waits for them (DESIGN §6). */
    async openChildren(parentId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(dossier)
        .where(and(eq(dossier.parentId, parentId), isNull(dossier.resolvedAt)));
      return row?.n ?? 0;
    },

    /** The parent and the children of a dossier (liên thông), for its view. */
    async compositeLinks(id: string, parentId: string | null): Promise<CompositeLinks> {
      const children = await db
        .select({
          id: dossier.id,
          code: dossier.code,
          status: dossier.status,
          dueAt: dossier.dueAt,
          resolvedAt: dossier.resolvedAt,
          agency: { code: agency.code, slug: agency.slug, name: agency.name },
        })
        .from(dossier)
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .where(eq(dossier.parentId, id))
        .orderBy(asc(dossier.code));
      const [parent] = parentId
        ? await db.select({ id: dossier.id, code: dossier.code }).from(dossier).where(eq(dossier.id, parentId))
        : [];
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return {
        parent: parent ?? null,
        children: children.map((c) => ({
          ...c,
          status: c.status as DossierStatus,
          dueAt: iso(c.dueAt),
          resolvedAt: iso(c.resolvedAt),
        })),
      };
    },

    async peopleNames(ids: string[]): Promise<Map<string, string>> {
      const unique = [...new Set(ids.filter(Boolean))];
      if (unique.length === 0) return new Map();
      const rows = await db
        .select({ id: appUser.id, fullName: appUser.fullName })
        .from(appUser)
        .where(inArray(appUser.id, unique));
      return new Map(rows.map((r) => [r.id, r.fullName]));
    },

    async agencyRefs(ids: string[]): Promise<Map<string, AgencyRef & { id: string }>> {
      const unique = [...new Set(ids.filter(Boolean))];
      if (unique.length === 0) return new Map();
      const rows = await db
        .select({ id: agency.id, code: agency.code, slug: agency.slug, name: agency.name })
        .from(agency)
        .where(inArray(agency.id, unique));
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}
export type DossierRepo = ReturnType<typeof createDossierRepo>;
