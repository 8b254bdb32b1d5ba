import { z } from 'zod';
import { ascii, startsWith } from './bytes.ts';
import { zipEntryNames } from './zip.ts';

/** The file types a center accepts (DESIGN §6 "Documents"); anything else is refused. */
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

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_HEADER_CHUNK = ascii('IHDR');
const JPEG = [0xff, 0xd8, 0xff];
/** The part that makes an Office Open XML package a Word document or an Excel workbook. */
const OFFICE_MAIN_PART = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' } as const;
const CONTENT_TYPES = '[Content_Types].xml';

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

function officeType(b: Uint8Array): 'docx' | 'xlsx' | null {
  const names = zipEntryNames(b);
  if (!names?.includes(CONTENT_TYPES)) return null;
  const found = (['docx', 'xlsx'] as const).filter((type) => names.includes(OFFICE_MAIN_PART[type]));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The type of a file, read from its content (never from its name or the header it was sent with):
 * PDF `%PDF-1.x`/`%PDF-2.x` at byte 0, PNG signature then its IHDR chunk, JPEG SOI then a marker,
 * DOCX/XLSX a plain ZIP with `[Content_Types].xml` and the main part of exactly one of them.
 * Anything else — programs, scripts, HTML, other ZIPs (JAR, ODT, APK) — is null.
 */
export function detectDocumentType(b: Uint8Array): DocumentType | null {
  if (startsWith(b, PDF) && (b[5] === 0x31 || b[5] === 0x32) && b[6] === 0x2e && isDigit(b[7])) return 'pdf';
  if (startsWith(b, PNG) && startsWith(b, PNG_HEADER_CHUNK, 12)) return 'png';
  if (startsWith(b, JPEG) && b[3]! >= 0xc0 && b[3]! <= 0xfe) return 'jpeg';
  return officeType(b);
}

/** Parts of an Office package that run code: VBA macros, ActiveX controls, OLE objects, programs. */
const OFFICE_ACTIVE_PART =
  /(^|\/)(vbaProject|vbaData)\.bin$|(^|\/)activeX\/|(^|\/)oleObject[^/]*\.bin$|\.(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|js|jar|hta|lnk|sh)$/i;

/** Whether a DOCX or XLSX package carries macros or other code. */
export const officeHasActiveContent = (b: Uint8Array): boolean =>
  (zipEntryNames(b) ?? []).some((name) => OFFICE_ACTIVE_PART.test(name));

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
