import { z } from 'zod';

/**
 * The file types a center accepts (DESIGN §6 "Documents"); anything else is refused. The type is read from
 * the content by the server's inspectors (apps/server/src/documents/inspect), never from the name.
 */
export const DocumentType = z.enum(['pdf', 'jpeg', 'png', 'docx', 'xlsx']);
export type DocumentType = z.infer<typeof DocumentType>;

const MB = 1024 * 1024;

/**
 * Per type: the media type it is stored and served with, its file extensions (the first one names a
 * download) and its size limit. A scanned dossier of a few dozen pages fits in 20 MB of PDF; a photo
 * or a single page scan in 10 MB; a form typed in Word or Excel in far less than 10 MB.
 */
export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], maxBytes: 20 * MB },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], maxBytes: 10 * MB },
  png: { mediaType: 'image/png', extensions: ['png'], maxBytes: 10 * MB },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    maxBytes: 10 * MB,
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    maxBytes: 10 * MB,
  },
} as const satisfies Record<DocumentType, { mediaType: string; extensions: readonly string[]; maxBytes: number }>;

/** The largest upload of any type: what the server lets through before looking at the content. */
export const MAX_DOCUMENT_BYTES = Math.max(...Object.values(DOCUMENT_TYPES).map((t) => t.maxBytes));

/** The type stored under a media type (one media type per type). */
export const documentTypeOf = (mediaType: string): DocumentType | undefined =>
  DocumentType.options.find((type) => DOCUMENT_TYPES[type].mediaType === mediaType);

/** A file name for a download: the given name with the extension of its real type. */
export function fileNameFor(name: string, type: DocumentType): string {
  const known = Object.values(DOCUMENT_TYPES).flatMap((t) => t.extensions as readonly string[]);
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if ((DOCUMENT_TYPES[type].extensions as readonly string[]).includes(extension)) return name;
  const stem = known.includes(extension) ? name.slice(0, dot) : name;
  return `${stem}.${DOCUMENT_TYPES[type].extensions[0]}`;
}
