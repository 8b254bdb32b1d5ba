import { DOCUMENT_TYPES, type DocumentType } from './document-type.ts';
import type { DocumentProblemCode } from './document-problems.ts';

const MB = 1024 * 1024;

/**
 * How far an Office package (DOCX, XLSX: a ZIP) may unfold. A typed form of a few pages is a dozen
 * parts and well under 10 MB unpacked; a 10 MB package holding pictures unpacks to about its own size.
 * Anything beyond is a decompression bomb (a few kB that inflate to gigabytes), refused before it is
 * unpacked in full: the reader stops at these limits.
 */
export const ARCHIVE_LIMITS = { maxEntries: 1000, maxExpandedBytes: 100 * MB } as const;

/**
 * What a parser found in an upload (the server's inspectors fill it in; the core decides on it). Each
 * list names what was found as the file spells it (`/OpenAction`, `word/vbaProject.bin`), for the answer.
 */
export type UploadFindings = {
  /** The type the content says it is, or null for any other kind of file. */
  type: DocumentType | null;
  size: number;
  /** Pages of a PDF (0: none found), 1 for an image, null when the type has no pages (Office). */
  pages: number | null;
  /** Why the parser could not read the whole file (broken, cut short, encrypted), if it could not. */
  unreadable: string | null;
  /** Things that run: scripts, actions on open, form submission, macros, ActiveX. */
  activeContent: string[];
  /** Files carried inside: PDF attachments, OLE objects, programs. */
  embedded: string[];
  /** Signs that the file is also another kind of file (HTML before or after the image or PDF). */
  polyglot: string[];
  /** For a ZIP: its entries and the bytes they unpack to (as far as the reader went). */
  archive: { entries: number; expandedBytes: number } | null;
};

export type UploadDecision =
  | { ok: true; type: DocumentType; mediaType: string; size: number; pages: number | null }
  | { ok: false; code: DocumentProblemCode; found: string[] };

const refuse = (code: DocumentProblemCode, found: string[] = []): UploadDecision => ({ ok: false, code, found });

function archiveRefusal({ archive }: UploadFindings): UploadDecision | null {
  if (!archive) return null;
  const { maxEntries, maxExpandedBytes } = ARCHIVE_LIMITS;
  if (archive.entries > maxEntries) return refuse('document.expands_too_much', [`${archive.entries} entries`]);
  if (archive.expandedBytes > maxExpandedBytes)
    return refuse('document.expands_too_much', [`> ${maxExpandedBytes / MB} MB unpacked`]);
  return null;
}

/**
 * Whether an upload may be stored (DESIGN §6 "Documents", §14): an accepted type by its content, within
 * its size limit, unpacking within bounds, read in full by a real parser, nothing else hidden in it and
 * nothing that runs. The first reason found is the answer; each reason has its own problem code.
 */
export function decideUpload(f: UploadFindings): UploadDecision {
  if (!f.type)
    return f.polyglot.length ? refuse('document.polyglot', f.polyglot) : refuse('document.type_not_accepted');
  const { maxBytes, mediaType } = DOCUMENT_TYPES[f.type];
  if (f.size > maxBytes) return refuse('document.too_large');
  const archive = archiveRefusal(f);
  if (archive) return archive;
  if (f.unreadable) return refuse('document.unreadable', [f.unreadable]);
  if (f.type === 'pdf' && !f.pages) return refuse('document.unreadable', ['0 pages']);
  if (f.polyglot.length) return refuse('document.polyglot', f.polyglot);
  if (f.activeContent.length) return refuse('document.active_content', f.activeContent);
  if (f.embedded.length) return refuse('document.embedded_content', f.embedded);
  return { ok: true, type: f.type, mediaType, size: f.size, pages: f.pages };
}

/** The `detail` of a refusal: what was found, as the file spells it (the title says why it matters). */
export function uploadRefusalDetail(found: string[]): { vi: string; en: string } | undefined {
  if (!found.length) return undefined;
  const list = [...new Set(found)].slice(0, 10).join(', ');
  return { vi: `Tìm thấy: ${list}`, en: `Found: ${list}` };
}
