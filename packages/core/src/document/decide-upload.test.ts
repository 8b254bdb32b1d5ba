import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, decideUpload, uploadRefusalDetail, type UploadFindings } from './decide-upload.ts';
import { DOCUMENT_PROBLEMS } from './document-problems.ts';

const MB = 1024 * 1024;
const clean = (over: Partial<UploadFindings> = {}): UploadFindings => ({
  type: 'pdf',
  size: 1000,
  pages: 2,
  unreadable: null,
  activeContent: [],
  embedded: [],
  polyglot: [],
  archive: null,
  ...over,
});
const docx = (over: Partial<UploadFindings> = {}) =>
  clean({ type: 'docx', pages: null, archive: { entries: 3, expandedBytes: 4000 }, ...over });

describe('whether an upload may be stored, from what the parser found (DESIGN §6, §14)', () => {
  it.each([
    ['a clean 2-page PDF', clean(), 'pdf', 'application/pdf', 2],
    ['a PDF of exactly 20 MB', clean({ size: 20 * MB }), 'pdf', 'application/pdf', 2],
    ['a JPEG', clean({ type: 'jpeg', pages: 1 }), 'jpeg', 'image/jpeg', 1],
    ['a PNG', clean({ type: 'png', pages: 1 }), 'png', 'image/png', 1],
    [
      'a DOCX at the archive limits',
      docx({ archive: { entries: 1000, expandedBytes: 100 * MB } }),
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      null,
    ],
  ] as const)('%s is accepted as %s (%s), pages %s', (_, findings, type, mediaType, pages) => {
    expect(decideUpload(findings)).toEqual({ ok: true, type, mediaType, size: findings.size, pages });
  });

  // Each finding alone, and the code it is refused with: written out by hand, not derived.
  it.each([
    ['any other kind of file', clean({ type: null, pages: null }), 'document.type_not_accepted', 415, []],
    [
      'HTML in front of a PDF',
      clean({ type: null, polyglot: ['HTML before %PDF-'] }),
      'document.polyglot',
      415,
      ['HTML before %PDF-'],
    ],
    ['a PDF of 20 MB and a byte', clean({ size: 20 * MB + 1 }), 'document.too_large', 413, []],
    ['a PNG of 10 MB and a byte', clean({ type: 'png', pages: 1, size: 10 * MB + 1 }), 'document.too_large', 413, []],
    [
      'a DOCX of 1,001 entries',
      docx({ archive: { entries: 1001, expandedBytes: 10 } }),
      'document.expands_too_much',
      422,
      ['1001 entries'],
    ],
    [
      'a DOCX unpacking past 100 MB',
      docx({ archive: { entries: 3, expandedBytes: 100 * MB + 1 } }),
      'document.expands_too_much',
      422,
      ['> 100 MB unpacked'],
    ],
    [
      'a PDF pdf-lib cannot parse',
      clean({ unreadable: 'no trailer', pages: 0 }),
      'document.unreadable',
      422,
      ['no trailer'],
    ],
    ['a PDF without pages', clean({ pages: 0 }), 'document.unreadable', 422, ['0 pages']],
    ['an encrypted PDF', clean({ unreadable: 'encrypted' }), 'document.unreadable', 422, ['encrypted']],
    [
      'a JPEG with HTML after its end',
      clean({ type: 'jpeg', pages: 1, polyglot: ['data after EOI'] }),
      'document.polyglot',
      415,
      ['data after EOI'],
    ],
    [
      'a PDF running JavaScript on open',
      clean({ activeContent: ['/OpenAction', '/JS'] }),
      'document.active_content',
      415,
      ['/OpenAction', '/JS'],
    ],
    ['a PDF launching a program', clean({ activeContent: ['/Launch'] }), 'document.active_content', 415, ['/Launch']],
    [
      'a PDF posting its form',
      clean({ activeContent: ['/SubmitForm'] }),
      'document.active_content',
      415,
      ['/SubmitForm'],
    ],
    [
      'a DOCX with macros',
      docx({ activeContent: ['word/vbaProject.bin'] }),
      'document.active_content',
      415,
      ['word/vbaProject.bin'],
    ],
    [
      'a PDF with attachments',
      clean({ embedded: ['/EmbeddedFiles'] }),
      'document.embedded_content',
      415,
      ['/EmbeddedFiles'],
    ],
    [
      'a DOCX holding a program',
      docx({ embedded: ['word/media/a.png: program'] }),
      'document.embedded_content',
      415,
      ['word/media/a.png: program'],
    ],
  ] as const)('%s is refused with %s (%i)', (_, findings, code, status, found) => {
    expect(decideUpload(findings)).toEqual({ ok: false, code, found });
    expect(DOCUMENT_PROBLEMS[code].status).toBe(status);
    expect(DOCUMENT_PROBLEMS[code].title.vi).not.toBe(DOCUMENT_PROBLEMS[code].title.en);
  });

  it('answers with the first reason: size before content, an unreadable file before what was seen of it', () => {
    const everything = clean({ activeContent: ['/JS'], embedded: ['/EmbeddedFiles'], polyglot: ['x'] });
    expect(decideUpload({ ...everything, size: 21 * MB })).toMatchObject({ code: 'document.too_large' });
    expect(decideUpload({ ...everything, unreadable: 'cut' })).toMatchObject({ code: 'document.unreadable' });
    expect(decideUpload(everything)).toMatchObject({ code: 'document.polyglot' });
    expect(decideUpload({ ...everything, polyglot: [] })).toMatchObject({ code: 'document.active_content' });
  });

  it('keeps the archive limits the problem title states', () => {
    expect(ARCHIVE_LIMITS).toEqual({ maxEntries: 1000, maxExpandedBytes: 100 * MB });
    expect(DOCUMENT_PROBLEMS['document.expands_too_much'].title.en).toContain('1,000 parts, 100 MB');
  });

  it('names what was found, once each, in both languages', () => {
    expect(uploadRefusalDetail(['/JS', '/OpenAction', '/JS'])).toEqual({
      vi: 'Tìm thấy: /JS, /OpenAction',
      en: 'Found: /JS, /OpenAction',
    });
    expect(uploadRefusalDetail([])).toBeUndefined();
  });
});
