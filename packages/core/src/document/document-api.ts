import { z } from 'zod';
import { IsoInstant } from '../dossier/instant.ts';
import { requiredText } from '../validation.ts';

/**
 * What an upload is (DESIGN §6): a scan of a paper the applicant submitted, a digitised original
 * (bản số hóa, counted in the national index), or a result issued to the applicant.
 */
export const DocumentKind = z.enum(['scan', 'digitised_original', 'result']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A file name as given: NFC, control characters and path separators replaced (it goes into headers). */
export const DocumentFileName = requiredText(255).transform((name) =>
  name.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_'),
);

/** `POST /api/v1/documents?name=…&kind=…`, the file itself being the body. */
export const UploadDocumentQuery = z.object({ name: DocumentFileName, kind: DocumentKind.default('scan') });
export type UploadDocumentQuery = z.infer<typeof UploadDocumentQuery>;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A stored upload: its content's hash, type and size as checked, and what the officer said it is. */
export const DocumentInfo = z.object({
  id: z.uuid(),
  sha256: Sha256,
  mediaType: z.string(),
  size: z.int().min(0),
  pages: z.int().min(1).nullable(),
  name: z.string(),
  kind: DocumentKind,
  dossierId: z.uuid().nullable(),
  uploadedAt: IsoInstant,
  /**
   * Given from the citizen's store (DESIGN §15): its entry and when a counter first received a dossier with it (null
   * before any); null for an officer's upload.
   */
  fromStore: z.object({ storeDocumentId: z.uuid(), firstCheckedAt: IsoInstant.nullable() }).nullable().default(null),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const AttachDocumentRequest = z.object({ dossierId: z.uuid() });
export type AttachDocumentRequest = z.infer<typeof AttachDocumentRequest>;
