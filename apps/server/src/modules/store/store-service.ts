import { createHash } from 'node:crypto';
import {
  dayOfInstant,
  decideUpload,
  documentTypeOf,
  fileNameFor,
  formatLocalDate,
  storeMatches,
  uploadRefusalDetail,
  type MyDocument,
  type MyDocumentListQuery,
  type StoreMatches,
  type UploadMyDocumentQuery,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { inspectUpload } from '../../documents/inspect/index.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createDocumentRepo } from '../document/document-repo.ts';
import { createStoreRepo } from './store-repo.ts';

type Deps = { db: Database; now: () => Date };
/** The store's documents a new submission is offered (DESIGN §15): the newest are enough to fill a form. */
const MATCHED_AT_MOST = 200;

/**
 * The citizen's document store (NĐ 45/2020 art. 16 as amended by NĐ 118/2025 art. 40, DESIGN §15): their uploads and
 * the results issued to them, theirs alone: another's entry is "not found", like a removed one.
 */
export function createStoreService({ db, now }: Deps) {
  const reader = createStoreRepo(db);

  return {
    /**
     * An upload into the store: the same content checks as an officer's (issue 15: real parsers, then the core
     * decides), kept at the province center since a citizen belongs to none; identical content is stored once.
     */
    async upload(bytes: Buffer, query: UploadMyDocumentQuery, user: SessionUser): Promise<MyDocument> {
      const decision = decideUpload(await inspectUpload(bytes));
      if (!decision.ok) throw new AppError(decision.code, { detail: uploadRefusalDetail(decision.found) });
      const { size, mediaType, pages } = decision;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const createdAt = now();
      const id = await db.transaction(async (tx) => {
        const store = createStoreRepo(tx);
        const centerId = await store.provinceCenter();
        if (!centerId) throw new AppError('org.province_center_missing');
        const blobs = createDocumentRepo(tx);
        if (!(await blobs.hasBlob(centerId, sha256)))
          await blobs.insertBlob({ centerId, sha256, bytes, size, mediaType, pages });
        return store.insert({
          ownerId: user.id,
          centerId,
          sha256,
          title: query.title,
          fileName: query.name,
          createdAt,
        });
      });
      return {
        id,
        title: query.title,
        fileName: query.name,
        sha256,
        mediaType,
        size,
        pages,
        source: 'upload',
        createdAt: createdAt.toISOString(),
        uses: 0,
        firstCheckedAt: null,
      };
    },

    /** A page of the store, newest first; the results issued meanwhile are kept first (one idempotent statement). */
    async list(user: SessionUser, query: MyDocumentListQuery): Promise<{ items: MyDocument[]; total: number }> {
      await reader.keepResults(user.id, now());
      return reader.page(user.id, query.q || undefined, (query.page - 1) * query.pageSize, query.pageSize);
    },

    /** The content of one's own entry, with a download name of its real type (as the officer's content route). */
    async open(id: string, user: SessionUser): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
      const entry = await reader.find(user.id, id);
      if (!entry) throw new AppError('online.document_not_found');
      const type = documentTypeOf(entry.mediaType);
      const fileName = type ? fileNameFor(entry.fileName, type) : entry.fileName;
      const bytes = await createDocumentRepo(db).bytes(entry.centerId, entry.sha256);
      return { bytes, mediaType: entry.mediaType, fileName };
    },

    async remove(id: string, user: SessionUser): Promise<void> {
      if (!(await reader.remove(user.id, id, now()))) throw new AppError('online.document_not_found');
    },

    /** For each file field of the procedure's form in force today, the store's documents titled as its label. */
    async matches(procedureCode: string, user: SessionUser): Promise<StoreMatches> {
      const fields = await reader.formFields(procedureCode, formatLocalDate(dayOfInstant(now().getTime())));
      if (!fields) throw new AppError('catalog.procedure_not_found');
      await reader.keepResults(user.id, now());
      return storeMatches(fields, await reader.newest(user.id, MATCHED_AT_MOST));
    },
  };
}
export type StoreService = ReturnType<typeof createStoreService>;
