import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, DocumentType, MAX_DOCUMENT_BYTES, documentTypeOf, fileNameFor } from './document-type.ts';

describe('the accepted types (DESIGN §6 "Documents")', () => {
  it('limits sizes per type, the largest being what the server lets through', () => {
    expect(DOCUMENT_TYPES.pdf.maxBytes).toBe(20 * 1024 * 1024);
    expect(DOCUMENT_TYPES.png.maxBytes).toBe(10 * 1024 * 1024);
    expect(MAX_DOCUMENT_BYTES).toBe(DOCUMENT_TYPES.pdf.maxBytes);
  });

  it('finds each type back from its media type', () => {
    for (const type of DocumentType.options) expect(documentTypeOf(DOCUMENT_TYPES[type].mediaType)).toBe(type);
    expect(documentTypeOf('text/html')).toBeUndefined();
  });

  it.each([
    ['scan.pdf', 'png', 'scan.png'],
    ['CCCD mặt trước', 'jpeg', 'CCCD mặt trước.jpg'],
    ['photo.JPEG', 'jpeg', 'photo.JPEG'],
    ['to-khai.v2', 'pdf', 'to-khai.v2.pdf'],
    ['.pdf', 'pdf', '.pdf'],
  ] as const)('%s served as %s is named %s', (name, type, expected) => {
    expect(fileNameFor(name, type)).toBe(expected);
  });
});
