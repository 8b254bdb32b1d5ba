import type { AgencyRef, DossierStatus, Instant, ResolvedTimeliness } from '@motcua/core';
import { and, asc, count, eq, gt, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, consultation, dossier, procedureVersion } from '../../db/schema/index.ts';
import type { QueuedWrite } from '../../db/write-batch.ts';
import type { ConsultationRow } from './consultation-row.ts';

/** A consultation as the consulted agency's inbox reads it (instants as epoch ms). */
export type StoredConsultation = {
  dossier: { id: string; code: string; status: DossierStatus; procedure: { code: string; name: string } };
  no: number;
  leadAgency: AgencyRef;
  question: string;
  deadline: Instant;
  openedAt: Instant;
  answeredAt: Instant | null;
  agrees: boolean | null;
  opinion: string | null;
  lapsed: boolean;
  closedAt: Instant | null;
  result: ResolvedTimeliness | null;
};

/** What an inbox asks: the consulted agency, which ones, and deadlines up to or after an instant. */
export type ConsultationFilter = {
  agencyId: string;
  status: 'open' | 'answered' | 'all';
  deadlineUpTo?: Date;
  deadlineAfter?: Date;
};

const columns = {
  dossierId: dossier.id,
  code: dossier.code,
  status: dossier.status,
  procedureCode: dossier.procedureCode,
  procedureName: procedureVersion.name,
  lead: { code: agency.code, slug: agency.slug, name: agency.name },
  no: consultation.no,
  question: consultation.question,
  deadline: consultation.deadline,
  openedAt: consultation.openedAt,
  answeredAt: consultation.answeredAt,
  agrees: consultation.agrees,
  opinion: consultation.opinion,
  lapsed: consultation.lapsed,
  closedAt: consultation.closedAt,
  result: consultation.result,
};

/** Each with its dossier, the dossier's procedure name and the lead agency (add the where). */
const selectConsultations = (db: Executor) =>
  db
    .select(columns)
    .from(consultation)
    .innerJoin(dossier, eq(dossier.id, consultation.dossierId))
    .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
    .innerJoin(agency, eq(agency.id, consultation.leadAgencyId));
type Row = Awaited<ReturnType<ReturnType<typeof selectConsultations>['execute']>>[number];

const ms = (d: Date | null) => d?.getTime() ?? null;
/** Awaited: not answered, and the dossier has not left consultation (the partial index's condition). */
const awaited = () => and(isNull(consultation.answeredAt), isNull(consultation.closedAt))!;

function whereOf(f: ConsultationFilter): SQL {
  const where: SQL[] = [eq(consultation.agencyId, f.agencyId)];
  if (f.status === 'open') where.push(awaited());
  if (f.status === 'answered') where.push(isNotNull(consultation.answeredAt));
  // A warning is an awaited consultation's: the deadline bounds come with that condition.
  if (f.deadlineUpTo) where.push(awaited(), lte(consultation.deadline, f.deadlineUpTo));
  if (f.deadlineAfter) where.push(awaited(), gt(consultation.deadline, f.deadlineAfter));
  return and(...where)!;
}

/** Consultations as rows (DESIGN §6 liên thông): the only file of the module that speaks SQL. */
export function createConsultationRepo(db: Executor) {
  return {
    /** What the consulted agency is asked, soonest deadline first, paged. */
    async list(f: ConsultationFilter, page: number, pageSize: number) {
      const where = whereOf(f);
      const rows = await selectConsultations(db)
        .where(where)
        .orderBy(asc(consultation.deadline), asc(dossier.code), asc(consultation.no))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ n: count() }).from(consultation).where(where);
      return { rows: rows.map(storedOf), total: total?.n ?? 0 };
    },

    /**
     * The rows of a dossier's consultations as its state now stands, queued in the transition's batch. A row
     * keeps the moment it was closed (a later upsert carries none).
     */
    upsert(rows: readonly ConsultationRow[]): QueuedWrite | null {
      if (rows.length === 0) return null;
      const excluded = (column: string) => sql.raw(`excluded."${column}"`);
      return db
        .insert(consultation)
        .values([...rows])
        .onConflictDoUpdate({
          target: [consultation.dossierId, consultation.no],
          set: {
            answeredAt: excluded('answered_at'),
            answeredBy: excluded('answered_by'),
            opinion: excluded('opinion'),
            agrees: excluded('agrees'),
            lapsed: excluded('lapsed'),
            result: excluded('result'),
            closedAt: sql`coalesce(${consultation.closedAt}, ${excluded('closed_at')})`,
          },
        });
    },
  };
}
export type ConsultationRepo = ReturnType<typeof createConsultationRepo>;

function storedOf(row: Row): StoredConsultation {
  return {
    dossier: {
      id: row.dossierId,
      code: row.code,
      status: row.status as DossierStatus,
      procedure: { code: row.procedureCode, name: row.procedureName },
    },
    no: row.no,
    leadAgency: row.lead,
    question: row.question,
    deadline: row.deadline.getTime(),
    openedAt: row.openedAt.getTime(),
    answeredAt: ms(row.answeredAt),
    agrees: row.agrees,
    opinion: row.opinion,
    lapsed: row.lapsed,
    closedAt: ms(row.closedAt),
    result: row.result as ResolvedTimeliness | null,
  };
}
