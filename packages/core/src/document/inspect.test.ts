import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from './document-type.ts';
import { inspectDocument } from './inspect.ts';
import { DOCUMENT_PROBLEMS } from './document-problems.ts';
import { tinyDocx, tinyJpeg, tinyPdf, tinyPng, tinyXlsx } from './testing.ts';

const grown = (file: Uint8Array, size: number) => {
  const big = new Uint8Array(size);
  big.set(file);
  return big;
};
const MB = 1024 * 1024;

describe('whether an upload may be stored', () => {
  const pdf = 'application/pdf';
  it.each([
    ['a 3-page PDF', tinyPdf(3), 'pdf', pdf, 3],
    ['a PNG', tinyPng(), 'png', 'image/png', 1],
    ['a JPEG', tinyJpeg(), 'jpeg', 'image/jpeg', 1],
    ['a DOCX', tinyDocx(), 'docx', DOCUMENT_TYPES.docx.mediaType, null],
    ['an XLSX', tinyXlsx(), 'xlsx', DOCUMENT_TYPES.xlsx.mediaType, null],
    [
      'a PDF whose pages are not visible',
      Uint8Array.from([...'%PDF-1.5\n/Type /ObjStm'].map((c) => c.charCodeAt(0))),
      'pdf',
      pdf,
      null,
    ],
  ])('%s is accepted as %s (%s), pages %s', (_, bytes, type, mediaType, pages) => {
    expect(inspectDocument(bytes)).toEqual({ ok: true, type, mediaType, size: bytes.length, pages });
  });

  it.each([
    ['a program', Uint8Array.from([0x4d, 0x5a, 0x90, 0]), { code: 'document.type_not_accepted' }],
    [
      'a PNG of 10 MB and a byte',
      grown(tinyPng(), 10 * MB + 1),
      { code: 'document.too_large', type: 'png', maxBytes: 10 * MB },
    ],
    [
      'a PDF of 20 MB and a byte',
      grown(tinyPdf(), 20 * MB + 1),
      { code: 'document.too_large', type: 'pdf', maxBytes: 20 * MB },
    ],
    [
      'a PDF with a script',
      tinyPdf(1, ' /Names << /JavaScript 9 0 R >>'),
      { code: 'document.active_content', type: 'pdf' },
    ],
    [
      'a macro-enabled Word file',
      tinyDocx({ 'word/vbaProject.bin': 'x' }),
      { code: 'document.active_content', type: 'docx' },
    ],
  ])('%s is refused', (_, bytes, refusal) => {
    const inspection = inspectDocument(bytes);
    expect(inspection).toEqual({ ok: false, ...refusal });
    if (!inspection.ok)
      expect(DOCUMENT_PROBLEMS[inspection.code].status).toBe(refusal.code === 'document.too_large' ? 413 : 415);
  });

  it('accepts a PDF of exactly 20 MB', () => {
    expect(inspectDocument(grown(tinyPdf(), 20 * MB))).toMatchObject({ ok: true, size: 20 * MB });
  });

  it("states each type's limit in the too-large message", () => {
    for (const type of Object.values(DOCUMENT_TYPES)) {
      const limit = `${type.maxBytes / MB} MB`;
      expect(DOCUMENT_PROBLEMS['document.too_large'].title.vi).toContain(limit);
    }
  });
});
