import { DOCUMENT_TYPES, detectDocumentType, officeHasActiveContent, type DocumentType } from './document-type.ts';
import { readPdf } from './pdf.ts';

export type DocumentInspection =
  | { ok: true; type: DocumentType; mediaType: string; size: number; pages: number | null }
  | { ok: false; code: 'document.type_not_accepted' }
  | { ok: false; code: 'document.active_content'; type: DocumentType }
  | { ok: false; code: 'document.too_large'; type: DocumentType; maxBytes: number };

/** Pages as far as the content tells (PDF page objects, one per image, unknown for Office) and code inside. */
function contentOf(type: DocumentType, b: Uint8Array): { pages: number | null; activeContent: boolean } {
  if (type === 'pdf') {
    const { pages, activeContent } = readPdf(b);
    return { pages: pages || null, activeContent };
  }
  if (type === 'docx' || type === 'xlsx') return { pages: null, activeContent: officeHasActiveContent(b) };
  return { pages: 1, activeContent: false };
}

/**
 * Whether an upload may be stored (DESIGN §6 "Documents"): an accepted type by its content, nothing
 * executable inside, within the type's size limit; and what to record about it.
 */
export function inspectDocument(b: Uint8Array): DocumentInspection {
  const type = detectDocumentType(b);
  if (!type) return { ok: false, code: 'document.type_not_accepted' };
  const { maxBytes, mediaType } = DOCUMENT_TYPES[type];
  if (b.length > maxBytes) return { ok: false, code: 'document.too_large', type, maxBytes };
  const { pages, activeContent } = contentOf(type, b);
  if (activeContent) return { ok: false, code: 'document.active_content', type };
  return { ok: true, type, mediaType, size: b.length, pages };
}
