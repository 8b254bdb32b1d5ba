import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascii, startsWith } from './bytes.ts';
import { detectDocumentType, type DocumentType } from './document-type.ts';
import { inspectDocument } from './inspect.ts';
import { tinyDocx, tinyXlsx } from './testing.ts';
import { zipEntryNames } from './zip.ts';

/** What must hold of a file for each type: its signature, or for Office its package's parts. */
const carries: Record<DocumentType, (b: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ascii('%PDF-')),
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  docx: (b) => !!zipEntryNames(b)?.includes('word/document.xml'),
  xlsx: (b) => !!zipEntryNames(b)?.includes('xl/workbook.xml'),
};
const acceptedAs = (b: Uint8Array) => {
  const type = detectDocumentType(b);
  return type === null || carries[type](b);
};

const anyBytes = fc.uint8Array({ maxLength: 4096 });
const signatures = [
  'MZ',
  '\x7fELF',
  '#!',
  '<html',
  '<!DOCTYPE',
  '<?xml',
  'PK\x03\x04',
  'GIF8',
  '\xca\xfe\xba\xbe',
  '{\\rtf',
].map(ascii);
const aProgramOrPage = fc
  .tuple(fc.constantFrom(...signatures), anyBytes)
  .map(([head, tail]) => Uint8Array.from([...head, ...tail]));
/** A real package with a few bytes changed anywhere, its central directory included. */
const aDamagedPackage = fc
  .tuple(
    fc.constantFrom(tinyDocx(), tinyXlsx()),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  )
  .map(([file, changes]) => {
    const copy = Uint8Array.from(file);
    for (const [at, byte] of changes) copy[at % copy.length] = byte;
    return copy;
  });

describe('random bytes are never accepted as a type they are not', () => {
  it('whatever is accepted carries its type’s signature or parts, and nothing throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyBytes, aProgramOrPage, aDamagedPackage),
        (b) => acceptedAs(b) && typeof inspectDocument(b).ok === 'boolean',
      ),
    );
  });

  it('programs, scripts, pages and other archives followed by anything are refused', () => {
    fc.assert(fc.property(aProgramOrPage, (b) => detectDocumentType(b) === null));
  });

  it('a damaged Word or Excel file keeps its type or is refused, never becomes another', () => {
    fc.assert(
      fc.property(aDamagedPackage, (b) => {
        const type = detectDocumentType(b);
        return type === null || type === (zipEntryNames(b)?.includes('xl/workbook.xml') ? 'xlsx' : 'docx');
      }),
    );
  });

  it('any part of a Word file cut short is refused', () => {
    const docx = tinyDocx();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: docx.length - 1 }),
        (length) => detectDocumentType(docx.slice(0, length)) === null,
      ),
    );
  });
});
