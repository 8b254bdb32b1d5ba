import type { GivenDocument } from '@motcua/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { citizenDocument, documentBlob, dossierDocument } from '../../db/schema/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';

/** Where the copies go: the dossier, its center (the blob's tenant, DESIGN §3) and its agency (who may read them). */
export type GivenTo = { id: string; centerId: string; agencyId: string };

/**
 * The citizen's store as a dossier uses it (DESIGN §15: no document asked twice): which ids are the citizen's own, and
 * giving them to a dossier as its documents. The store module owns the store's own routes; online submission and
 * supplements call this.
 */
export function createStoredDocumentRepo(db: Executor) {
  return {
    /** Of `ids`, those that are documents of `ownerId`'s store, not removed (core `checkOnlineForm`'s `own`). */
    async ownedIds(ownerId: string, ids: readonly string[]): Promise<Set<string>> {
      const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (wanted.length === 0) return new Set();
      const rows = await db
        .select({ id: citizenDocument.id })
        .from(citizenDocument)
        .where(
          and(
            eq(citizenDocument.ownerId, ownerId),
            inArray(citizenDocument.id, wanted),
            isNull(citizenDocument.deletedAt),
          ),
        );
      return new Set(rows.map((r) => r.id));
    },

    /**
     * Gives store documents to a dossier: one `dossier_document` per given document, attached at once, naming its
     * store entry and field, uploaded by the citizen for the dossier's agency; the content is copied to the dossier's
     * center when it is kept elsewhere (blobs are per center, DESIGN §3). Every id must be the owner's (else
     * `online.document_not_found`, nothing written). Returns the new documents' ids in the given order.
     */
    async give(ownerId: string, to: GivenTo, given: readonly GivenDocument[], at: Date): Promise<string[]> {
      if (given.length === 0) return [];
      const ids = [...new Set(given.map((g) => g.storeDocumentId))];
      const entries = await db
        .select({
          id: citizenDocument.id,
          centerId: citizenDocument.centerId,
          sha256: citizenDocument.sha256,
          fileName: citizenDocument.fileName,
        })
        .from(citizenDocument)
        .where(
          and(
            eq(citizenDocument.ownerId, ownerId),
            inArray(citizenDocument.id, ids),
            isNull(citizenDocument.deletedAt),
          ),
        );
      if (entries.length !== ids.length) throw new AppError('online.document_not_found');
      const byId = new Map(entries.map((e) => [e.id, e]));
      for (const e of entries) {
        if (e.centerId === to.centerId) continue;
        await db.execute(sql`
          insert into ${documentBlob} (center_id, sha256, bytes, size, media_type, pages)
          select ${to.centerId}, sha256, bytes, size, media_type, pages from ${documentBlob}
          where center_id = ${e.centerId} and sha256 = ${e.sha256}
          on conflict do nothing`);
      }
      const rows = given.map((g) => {
        const e = byId.get(g.storeDocumentId)!;
        return {
          centerId: to.centerId,
          agencyId: to.agencyId,
          dossierId: to.id,
          sha256: e.sha256,
          fileName: e.fileName,
          kind: 'scan',
          uploadedBy: ownerId,
          uploadedAt: at,
          citizenDocumentId: e.id,
          fieldName: g.fieldName,
        };
      });
      const inserted = await db.insert(dossierDocument).values(rows).returning({ id: dossierDocument.id });
      return inserted.map((r) => r.id);
    },
  };
}
export type StoredDocumentRepo = ReturnType<typeof createStoredDocumentRepo>;
