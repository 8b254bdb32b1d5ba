import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import {
  agency,
  citizenDossierLink,
  documentBlob,
  dossier,
  dossierDocument,
  onlineDraft,
  procedureVersion,
} from '../../db/schema/index.ts';

const text = (value: SQL, name: string) => sql<string | null>`${value}`.as(name);

/** The ids of the dossiers that are the citizen's (DESIGN §15, core `myDossierLink`), each source on its own index. */
function myDossierIds(db: Executor, userId: string, verifiedCccd: string | null) {
  const own = db.select({ id: dossier.id }).from(dossier).where(eq(dossier.ownerId, userId));
  const linked = db
    .select({ id: citizenDossierLink.dossierId })
    .from(citizenDossierLink)
    .where(eq(citizenDossierLink.userId, userId));
  if (verifiedCccd === null) return own.union(linked);
  const identity = db
    .select({ id: dossier.id })
    .from(dossier)
    .where(and(sql`${dossier.applicant}->>'cccd' = ${verifiedCccd}`, ne(dossier.channel, 'online')));
  return own.union(linked).union(identity);
}

/** "Hồ sơ của tôi" as read (DESIGN §11 portal): the page, the links, a dossier's documents and their content. */
export function createMyDossierRepo(db: Executor) {
  return {
    /**
     * A page of the citizen's drafts and dossiers, newest first (drafts by creation, dossiers by submission), in one
     * query with the whole list's count; a composite's child is never listed (its parent is).
     */
    async page(userId: string, verifiedCccd: string | null, page: { limit: number; offset: number }) {
      const drafts = db
        .select({
          id: onlineDraft.id,
          code: text(sql`null::text`, 'code'),
          status: text(sql`'draft'`, 'status'),
          channel: text(sql`'online'`, 'channel'),
          procedureCode: text(sql`${onlineDraft.procedureCode}`, 'procedure_code'),
          procedureName: text(sql`null::text`, 'procedure_name'),
          agencySlug: text(sql`null::text`, 'agency_slug'),
          agencyName: text(sql`null::text`, 'agency_name'),
          at: sql`${onlineDraft.createdAt}`.mapWith(onlineDraft.createdAt).as('at'),
          dueAt: sql`null::timestamptz`.mapWith(dossier.dueAt).as('due_at'),
          ownerId: text(sql`${onlineDraft.ownerId}::text`, 'owner_id'),
          cccd: text(sql`null::text`, 'cccd'),
        })
        .from(onlineDraft)
        .where(eq(onlineDraft.ownerId, userId));
      const dossiers = db
        .select({
          id: dossier.id,
          code: text(sql`${dossier.code}`, 'code'),
          status: text(sql`${dossier.status}`, 'status'),
          channel: text(sql`${dossier.channel}`, 'channel'),
          procedureCode: text(sql`${dossier.procedureCode}`, 'procedure_code'),
          procedureName: text(sql`${procedureVersion.name}`, 'procedure_name'),
          agencySlug: text(sql`${agency.slug}`, 'agency_slug'),
          agencyName: text(sql`${agency.name}`, 'agency_name'),
          at: sql`${dossier.submittedAt}`.mapWith(dossier.submittedAt).as('at'),
          dueAt: sql`${dossier.dueAt}`.mapWith(dossier.dueAt).as('due_at'),
          ownerId: text(sql`${dossier.ownerId}::text`, 'owner_id'),
          cccd: text(sql`${dossier.applicant}->>'cccd'`, 'cccd'),
        })
        .from(dossier)
        .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .where(and(inArray(dossier.id, myDossierIds(db, userId, verifiedCccd)), isNull(dossier.parentId)));
      const all = db.$with('mine').as(drafts.unionAll(dossiers));
      const rows = await db
        .with(all)
        .select({
          id: all.id,
          code: all.code,
          status: all.status,
          channel: all.channel,
          procedureCode: all.procedureCode,
          procedureName: all.procedureName,
          agencySlug: all.agencySlug,
          agencyName: all.agencyName,
          at: all.at,
          dueAt: all.dueAt,
          ownerId: all.ownerId,
          cccd: all.cccd,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(all)
        .orderBy(desc(all.at), all.id)
        .limit(page.limit)
        .offset(page.offset);
      return rows;
    },

    /** The links of the given dossiers to the citizen (for a page's `link`). */
    async linkedOf(userId: string, ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({ id: citizenDossierLink.dossierId })
        .from(citizenDossierLink)
        .where(and(eq(citizenDossierLink.userId, userId), inArray(citizenDossierLink.dossierId, ids)));
      return new Set(rows.map((r) => r.id));
    },

    /** The documents given with a dossier (its citizen sees them all, the result included). */
    documents: (dossierId: string) =>
      db
        .select({
          id: dossierDocument.id,
          name: dossierDocument.fileName,
          fieldName: dossierDocument.fieldName,
          kind: dossierDocument.kind,
          storeId: dossierDocument.citizenDocumentId,
          mediaType: documentBlob.mediaType,
          size: documentBlob.size,
        })
        .from(dossierDocument)
        .innerJoin(
          documentBlob,
          and(eq(documentBlob.centerId, dossierDocument.centerId), eq(documentBlob.sha256, dossierDocument.sha256)),
        )
        .where(eq(dossierDocument.dossierId, dossierId))
        .orderBy(dossierDocument.uploadedAt, dossierDocument.id),

    async content(dossierId: string, documentId: string) {
      const [row] = await db
        .select({ bytes: documentBlob.bytes, mediaType: documentBlob.mediaType, fileName: dossierDocument.fileName })
        .from(dossierDocument)
        .innerJoin(
          documentBlob,
          and(eq(documentBlob.centerId, dossierDocument.centerId), eq(documentBlob.sha256, dossierDocument.sha256)),
        )
        .where(and(eq(dossierDocument.id, documentId), eq(dossierDocument.dossierId, dossierId)));
      return row;
    },
  };
}
export type MyDossierRepo = ReturnType<typeof createMyDossierRepo>;
