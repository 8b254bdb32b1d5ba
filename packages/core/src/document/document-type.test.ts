import { describe, expect, it } from 'vitest';
import { ascii } from './bytes.ts';
import {
  DOCUMENT_TYPES,
  DocumentType,
  MAX_DOCUMENT_BYTES,
  detectDocumentType,
  documentTypeOf,
  fileNameFor,
  officeHasActiveContent,
} from './document-type.ts';
import { zipEntryNames } from './zip.ts';
import { tinyDocx, tinyJpeg, tinyPdf, tinyPng, tinyXlsx, zipOf } from './testing.ts';

const of = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const CONTENT_TYPES = '<Types/>';

describe('a file is typed by its content (DESIGN §6 "Documents")', () => {
  it.each([
    ['a PDF', tinyPdf(), 'pdf'],
    ['a PDF 2.0 header', of('%PDF-2.0\n'), 'pdf'],
    ['a PNG', tinyPng(), 'png'],
    ['a JPEG (JFIF)', tinyJpeg(), 'jpeg'],
    ['a JPEG (Exif)', of([0xff, 0xd8, 0xff, 0xe1, 0, 0x10], 'Exif'), 'jpeg'],
    ['a Word document', tinyDocx(), 'docx'],
    ['an Excel workbook', tinyXlsx(), 'xlsx'],
  ] as const)('%s is %s', (_, bytes, type) => {
    expect(detectDocumentType(bytes)).toBe(type);
  });

  it.each([
    ['nothing', of()],
    ['a Windows program (MZ)', of('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0])],
    ['a Linux program (ELF)', of([0x7f], 'ELF', [2, 1, 1, 0])],
    ['a macOS program (Mach-O)', of([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1])],
    ['a shell script', of('#!/bin/sh\nrm -rf /\n')],
    ['a web page', of('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an SVG image', of('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['a GIF', of('GIF89a', [1, 0, 1, 0])],
    ['plain text saying %PDF- later', of('hello %PDF-1.4')],
    ['a PDF header without its version', of('%PDF-x.y')],
    [
      'a PNG signature without its header chunk',
      of([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 0], 'IEND'),
    ],
    ['two bytes of JPEG', of([0xff, 0xd8])],
    ['an empty ZIP', zipOf({})],
    ['a ZIP of text files', zipOf({ 'readme.txt': 'hi' })],
    ['a Java archive', zipOf({ 'META-INF/MANIFEST.MF': 'Main-Class: X', 'X.class': 'cafebabe' })],
    ['an OpenDocument text', zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' })],
    ['an Office package without its content types', zipOf({ 'word/document.xml': '<w:document/>' })],
    [
      'an Office package naming word/ but without its document',
      zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/styles.xml': '<x/>' }),
    ],
    [
      'a package that is both Word and Excel',
      zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<x/>', 'xl/workbook.xml': '<x/>' }),
    ],
    ['a self-extracting program (code before the ZIP)', of('MZ', [...tinyDocx()])],
    ['a Word document cut short', tinyDocx().slice(0, -10)],
  ])('%s is refused', (_, bytes) => {
    expect(detectDocumentType(bytes)).toBeNull();
  });

  it('reads the entry names of a ZIP from its central directory, with a trailing comment too', () => {
    const zip = zipOf({ 'a.txt': 'a', 'dir/b.txt': 'b' });
    expect(zipEntryNames(zip)).toEqual(['a.txt', 'dir/b.txt']);
    const commented = Uint8Array.from([...zip.slice(0, -2), 5, 0, ...ascii('hello')]);
    expect(zipEntryNames(commented)).toEqual(['a.txt', 'dir/b.txt']);
  });

  it.each([
    ['VBA macros', true, { 'word/vbaProject.bin': 'x' }],
    ['an ActiveX control', true, { 'word/activeX/activeX1.xml': '<x/>' }],
    ['an embedded OLE object', true, { 'word/embeddings/oleObject1.bin': 'x' }],
    ['an embedded program', true, { 'word/media/setup.exe': 'MZ' }],
    ['a picture', false, { 'word/media/image1.png': 'x' }],
    ['printer settings', false, { 'word/printerSettings/printerSettings1.bin': 'x' }],
  ])('an Office package with %s: active content %s', (_, active, extra) => {
    expect(officeHasActiveContent(tinyDocx(extra))).toBe(active);
  });

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
