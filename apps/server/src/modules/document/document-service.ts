import { createHash } from 'node:crypto';
import {
  decideAttach,
  decideUpload,
  documentTypeOf,
  fileNameFor,
  mayReadDocument,
  maySeeDossier,
  type DocumentInfo,
  type DossierState,
  type DocumentProblemCode,
  type PageQuery,
  type UploadDocumentQuery,
  uploadRefusalDetail,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { inspectUpload } from '../../documents/inspect/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type SessionUser, centerOf } from '../../platform/auth/session-user.ts';
import type { RecordPersonalDataView } from '../dossier/personal-data-viewed.ts';
import { createDocumentRepo, type StoredDocument } from './document-repo.ts';

type Deps = { db: Database; now: () => Date; recordView: RecordPersonalDataView };

const documentError = (code: DocumentProblemCode | 'dossier.not_found'): AppError => new AppError(code);

const infoOf = (d: StoredDocument): DocumentInfo => ({
  id: d.id,
  sha256: d.sha256,
  mediaType: d.mediaType,
  size: d.size,
  pages: d.pages,
  name: d.name,
  kind: d.kind,
  dossierId: d.dossierId,
  uploadedAt: d.uploadedAt,
  fromStore: d.fromStore,
});

export function createDocumentService({ db, now, recordView }: Deps) {
  const reader = createDocumentRepo(db);

  /** Another agency's document, or someone else's unattached upload, is "not found": no hint. */
  async function visible(id: string, user: SessionUser): Promise<StoredDocument> {
    const document = await reader.find(id);
    if (!document || !mayReadDocument(document, user)) throw documentError('document.not_found');
    return document;
  }

  /** Attaches an upload to its dossier, once; the same request again changes nothing. */
  async function attach(id: string, dossierId: string, user: SessionUser): Promise<DocumentInfo> {
    const document = await reader.find(id);
    if (!document) throw documentError('document.not_found');
    const target = await reader.findDossier(dossierId);
    if (!target) throw documentError('dossier.not_found');
    const decision = decideAttach(document, target, user);
    if (!decision.ok) throw documentError(decision.code);
    // Two officers at once: the update only fills an empty dossier, the loser decides again on what won.
    if (decision.attach && !(await reader.attach(id, dossierId))) return attach(id, dossierId, user);
    return infoOf((await reader.find(id))!);
  }

  return {
    /**
     * Stores an upload once real parsers have read it and the core has decided on what they found
     * (issue 15 item 10); identical content is stored once (DESIGN §6).
     */
    async upload(bytes: Buffer, query: UploadDocumentQuery, user: SessionUser): Promise<DocumentInfo> {
      if (!user.agencyId) throw new AppError('auth.forbidden');
      const decision = decideUpload(await inspectUpload(bytes));
      if (!decision.ok) throw new AppError(decision.code, { detail: uploadRefusalDetail(decision.found) });
      const { size, mediaType, pages } = decision;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const upload = {
        centerId: centerOf(user),
        agencyId: user.agencyId,
        sha256,
        fileName: query.name,
        kind: query.kind,
        uploadedBy: user.id,
        uploadedAt: now(),
      };
      const id = await db.transaction(async (tx) => {
        const repo = createDocumentRepo(tx);
        // Content already stored is not sent to the database again (up to 20 MB).
        if (!(await repo.hasBlob(centerOf(user), sha256)))
          await repo.insertBlob({ centerId: centerOf(user), sha256, bytes, size, mediaType, pages });
        return repo.insertUpload(upload);
      });
      return {
        id,
        sha256,
        mediaType,
        size,
        pages,
        name: query.name,
        kind: query.kind,
        dossierId: null,
        uploadedAt: upload.uploadedAt.toISOString(),
        fromStore: null,
      };
    },

    /**
     * The stored bytes, their media type and a download name with the extension of the real type. A document a citizen
     * gave from their store is logged before it leaves (DESIGN §14, §15: its use at the counter is logged).
     */
    async open(
      id: string,
      user: SessionUser,
      requestId: string | null = null,
    ): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
      const document = await visible(id, user);
      if (document.fromStore && document.dossier) {
        const { id: dossierId, centerId, agencyId, consultations } = document.dossier;
        // The log reads the agencies only; the repo gives the state's own consultations.
        const state = { agencyId, consultations } as Pick<DossierState, 'agencyId' | 'consultations'>;
        const dossier = { id: dossierId, centerId, state };
        await recordView({ dossier, user, view: 'store_document', requestId });
      }
      const type = documentTypeOf(document.mediaType);
      const fileName = type ? fileNameFor(document.name, type) : document.name;
      return { bytes: await reader.bytes(document.centerId, document.sha256), mediaType: document.mediaType, fileName };
    },

    async listForDossier(
      dossierId: string,
      query: PageQuery,
      user: SessionUser,
    ): Promise<{ items: DocumentInfo[]; total: number }> {
      const found = await reader.findDossier(dossierId);
      if (!found || !maySeeDossier(found, user)) throw documentError('dossier.not_found');
      const { rows, total } = await reader.listByDossier(dossierId, query.page, query.pageSize);
      return { items: rows.map(infoOf), total };
    },

    attach,
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
