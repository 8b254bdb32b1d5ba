import type {
  AgencyRef,
  CenterRef,
  ApplicantView,
  DossierEventDraft,
  DossierState,
  StatChange,
  SubmitterView,
} from '@motcua/core';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, center, counter, dossier, dossierEvent, procedureVersion } from '../../db/schema/index.ts';
import { createCompositeReads } from './composite-reads.ts';

export type DossierDetails = {
  resultDelivery?: string;
  feePayment?: unknown;
  documents?: string[];
  notes?: string | null;
};

export type StoredDossier = {
  id: string;
  /** The competent agency's center and the receiving one (DESIGN §13). */
  centerId: string;
  receivedCenterId: string;
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
  receivingCenter: CenterRef;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const storedColumns = {
  id: dossier.id,
  centerId: dossier.centerId,
  receivedCenterId: dossier.receivedCenterId,
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
  receivingCenter: { code: center.code, name: center.name },
};

/** Dossiers with their procedure's name and their agency, as `storedOf` maps them (add the where). */
export const selectStored = (db: Executor) =>
  db
    .select(storedColumns)
    .from(dossier)
    .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
    .innerJoin(agency, eq(agency.id, dossier.agencyId))
    // The receiving center, from the reference table (DESIGN §13: the one join that crosses centers).
    .innerJoin(center, eq(center.id, dossier.receivedCenterId));

export const storedOf = (
  row: Awaited<ReturnType<ReturnType<typeof selectStored>['execute']>>[number],
): StoredDossier => ({
  ...row,
  // The column is where it was received; states stored before routing do not carry it (core `permits` reads it).
  state: { ...(row.state as DossierState), receivedCenterId: row.receivedCenterId },
  stats: row.stats as StatChange[],
  applicant: row.applicant as ApplicantView,
  submitter: row.submitter as SubmitterView | null,
  details: row.details as DossierDetails,
});

/** Reads of one dossier, its events, its links and the names its view shows (writes: dossier-write-repo.ts). */
export function createDossierRepo(db: Executor) {
  return {
    ...createCompositeReads(db),
    async findById(id: string): Promise<StoredDossier | undefined> {
      const [row] = await selectStored(db).where(eq(dossier.id, id));
      return row ? storedOf(row) : undefined;
    },

    async findByCode(code: string): Promise<StoredDossier | undefined> {
      const [row] = await selectStored(db).where(eq(dossier.code, code));
      return row ? storedOf(row) : undefined;
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

    /** The e-mail of a citizen's account (an online dossier's owner), for mails when the form gave none. */
    async accountEmail(userId: string | null): Promise<string | null> {
      if (userId === null) return null;
      const [row] = await db.select({ email: appUser.email }).from(appUser).where(eq(appUser.id, userId));
      return row?.email ?? null;
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

    /** The counter that received the dossier (its number and name), for the receipt; none when no session was open. */
    async receptionCounter(dossierId: string): Promise<{ number: number; name: string } | null> {
      const [row] = await db
        .select({ number: counter.number, name: counter.name })
        .from(dossier)
        .innerJoin(counter, eq(counter.id, dossier.counterId))
        .where(eq(dossier.id, dossierId));
      return row ?? null;
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
