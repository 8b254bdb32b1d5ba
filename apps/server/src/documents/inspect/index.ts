import { DOCUMENT_TYPES, type UploadFindings } from '@motcua/core';
import { inspectJpeg } from './jpeg-inspector.ts';
import { inspectOffice } from './office-inspector.ts';
import { inspectPdf } from './pdf-inspector.ts';
import { inspectPng } from './png-inspector.ts';
import { sniff } from './sniff.ts';

/** The largest size each parser is given: nothing bigger is parsed at all (the core refuses it as too large). */
const PARSE_LIMIT = {
  pdf: DOCUMENT_TYPES.pdf.maxBytes,
  jpeg: DOCUMENT_TYPES.jpeg.maxBytes,
  png: DOCUMENT_TYPES.png.maxBytes,
  zip: Math.max(DOCUMENT_TYPES.docx.maxBytes, DOCUMENT_TYPES.xlsx.maxBytes),
};

/**
 * What real parsers find in an upload (the adapter half of issue 15 item 10): pdf-lib for PDF, yauzl for
 * DOCX/XLSX, the images' own structure for JPEG/PNG. It decides nothing: `decideUpload` (core) does.
 */
export async function inspectUpload(bytes: Buffer): Promise<UploadFindings> {
  const { kind, polyglot } = sniff(bytes);
  const found: UploadFindings = {
    type: kind === 'zip' ? null : kind,
    size: bytes.length,
    pages: null,
    unreadable: null,
    activeContent: [],
    embedded: [],
    polyglot,
    archive: null,
  };
  if (!kind) return found;
  // A ZIP over the Office limit is too large whichever of the two it would be.
  if (bytes.length > PARSE_LIMIT[kind]) return { ...found, type: kind === 'zip' ? 'docx' : kind };
  if (kind === 'pdf') {
    const { activeContent, embedded, ...pdf } = await inspectPdf(bytes);
    return { ...found, ...pdf, activeContent: [...activeContent], embedded: [...embedded] };
  }
  if (kind === 'zip') return { ...found, ...(await inspectOffice(bytes)) };
  const image = kind === 'jpeg' ? inspectJpeg(bytes) : inspectPng(bytes);
  return { ...found, pages: 1, unreadable: image.unreadable, polyglot: [...polyglot, ...image.polyglot] };
}
