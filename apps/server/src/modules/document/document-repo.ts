import type { DocumentInfo, DocumentKind, DocumentOwnership } from '@motcua/core';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { documentBlob, dossier, dossierDocument } from '../../db/schema/index.ts';

export type StoredDocument = DocumentInfo & DocumentOwnership & { centerId: string };
type AttachedTo = NonNullable<DocumentOwnership['dossier']>;
export type NewUpload = {
  centerId: string;
  agencyId: string;
  sha256: string;
  fileName: string;
  kind: DocumentKind;
  uploadedBy: string;
  uploadedAt: Date;
};
export type NewBlob = {
  centerId: string;
  sha256: string;
  bytes: Uint8Array;
  size: number;
  mediaType: string;
  pages: number | null;
};

/** The agencies a dossier consults, from its state: who may see it, and so its documents (core `maySeeDossier`). */
const consultations = sql<AttachedTo['consultations'] | null>`${dossier.state}->'consultations'`;
/** When a store document was first checked: the earliest reception of a dossier given it (DESIGN §15). */
const firstCheckedAt = sql<string | Date | null>`(select min(f.received_at) from dossier_document u
  join dossier f on f.id = u.dossier_id where u.citizen_document_id = ${dossierDocument.citizenDocumentId})`;

export function createDocumentRepo(db: Executor) {
  const select = () =>
    db
      .select({
        id: dossierDocument.id,
        centerId: dossierDocument.centerId,
        agencyId: dossierDocument.agencyId,
        sha256: dossierDocument.sha256,
        name: dossierDocument.fileName,
        kind: dossierDocument.kind,
        uploadedBy: dossierDocument.uploadedBy,
        uploadedAt: dossierDocument.uploadedAt,
        dossierId: dossierDocument.dossierId,
        dossierAgencyId: dossier.agencyId,
        dossierConsultations: consultations,
        dossierCenterId: dossier.centerId,
        dossierReceivedCenterId: dossier.receivedCenterId,
        mediaType: documentBlob.mediaType,
        size: documentBlob.size,
        pages: documentBlob.pages,
        storeDocumentId: dossierDocument.citizenDocumentId,
        firstCheckedAt,
      })
      .from(dossierDocument)
      .innerJoin(
        documentBlob,
        and(eq(documentBlob.centerId, dossierDocument.centerId), eq(documentBlob.sha256, dossierDocument.sha256)),
      )
      .leftJoin(dossier, eq(dossier.id, dossierDocument.dossierId));
  const stored = ({
    dossierAgencyId,
    dossierConsultations,
    dossierCenterId,
    dossierReceivedCenterId,
    storeDocumentId,
    firstCheckedAt,
    ...row
  }: Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number]): StoredDocument => ({
    ...row,
    kind: row.kind as DocumentKind,
    uploadedAt: row.uploadedAt.toISOString(),
    // PGlite and node-postgres give a subquery's timestamp as text: read through Date.
    fromStore: storeDocumentId
      ? { storeDocumentId, firstCheckedAt: firstCheckedAt === null ? null : new Date(firstCheckedAt).toISOString() }
      : null,
    dossier:
      row.dossierId && dossierAgencyId && dossierCenterId && dossierReceivedCenterId
        ? {
            id: row.dossierId,
            agencyId: dossierAgencyId,
            consultations: dossierConsultations ?? [],
            centerId: dossierCenterId,
            receivedCenterId: dossierReceivedCenterId,
          }
        : null,
  });

  return {
    async hasBlob(centerId: string, sha256: string): Promise<boolean> {
      const rows = await db
        .select({ sha256: documentBlob.sha256 })
        .from(documentBlob)
        .where(and(eq(documentBlob.centerId, centerId), eq(documentBlob.sha256, sha256)));
      return rows.length > 0;
    },

    /** Identical content uploaded meanwhile is the same row: nothing to write. */
    async insertBlob(blob: NewBlob): Promise<void> {
      await db.insert(documentBlob).values(blob).onConflictDoNothing();
    },

    async insertUpload(upload: NewUpload): Promise<string> {
      const [row] = await db.insert(dossierDocument).values(upload).returning({ id: dossierDocument.id });
      return row!.id;
    },

    async find(id: string): Promise<StoredDocument | undefined> {
      const [row] = await select().where(eq(dossierDocument.id, id));
      return row ? stored(row) : undefined;
    },

    async bytes(centerId: string, sha256: string): Promise<Uint8Array> {
      const [row] = await db
        .select({ bytes: documentBlob.bytes })
        .from(documentBlob)
        .where(and(eq(documentBlob.centerId, centerId), eq(documentBlob.sha256, sha256)));
      return row!.bytes;
    },

    async listByDossier(
      dossierId: string,
      page: number,
      pageSize: number,
    ): Promise<{ rows: StoredDocument[]; total: number }> {
      const rows = await select()
        .where(eq(dossierDocument.dossierId, dossierId))
        .orderBy(asc(dossierDocument.uploadedAt), asc(dossierDocument.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(dossierDocument)
        .where(eq(dossierDocument.dossierId, dossierId));
      return { rows: rows.map(stored), total: total?.n ?? 0 };
    },

    async findDossier(id: string): Promise<AttachedTo | undefined> {
      const [row] = await db
        .select({
          id: dossier.id,
          agencyId: dossier.agencyId,
          consultations,
          centerId: dossier.centerId,
          receivedCenterId: dossier.receivedCenterId,
        })
        .from(dossier)
        .where(eq(dossier.id, id));
      return row && { ...row, consultations: row.consultations ?? [] };
    },

    /** Sets the dossier of an upload that has none; false when someone attached it first. */
    async attach(id: string, dossierId: string): Promise<boolean> {
      const rows = await db
        .update(dossierDocument)
        .set({ dossierId })
        .where(and(eq(dossierDocument.id, id), isNull(dossierDocument.dossierId)))
        .returning({ id: dossierDocument.id });
      return rows.length === 1;
    },
  };
}
export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
