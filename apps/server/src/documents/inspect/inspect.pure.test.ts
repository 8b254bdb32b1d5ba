import { decideUpload } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import {
  tinyDocx,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  tinyXlsx,
  zipOf,
} from '../../../../../packages/core/src/document/testing.ts';
import {
  docx,
  genuinePdf,
  hiddenByRevision,
  objectStreamBomb,
  officeAttacks,
  pdfAttacks,
  polyglots,
  valuesBomb,
  zipBomb,
} from './attacks.ts';
import { inspectUpload } from './index.ts';
import { deflated } from './zip-writer.ts';

const of = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const decide = async (bytes: Uint8Array) => decideUpload(await inspectUpload(Buffer.from(bytes)));

describe('real parsers read each accepted type (issue 15 item 10)', () => {
  it.each([
    ['a pdf-lib PDF, objects in compressed object streams', 'pdf', 2, genuinePdf],
    ['a hand-made 3-page PDF', 'pdf', 3, async () => tinyPdf(3)],
    ['an 8×8 baseline JPEG', 'jpeg', 1, async () => tinyJpeg()],
    ['a PNG', 'png', 1, async () => tinyPng()],
    ['a stored DOCX', 'docx', null, async () => tinyDocx()],
    ['a deflated DOCX', 'docx', null, async () => docx()],
    ['an XLSX', 'xlsx', null, async () => tinyXlsx()],
  ] as const)('%s is a %s of %s pages', async (_, type, pages, make) => {
    expect(await decide(await make())).toMatchObject({ ok: true, type, pages });
  });

  it('sees a script that a byte scan cannot: the name is only inside a compressed object stream', async () => {
    const bytes = await pdfAttacks['JavaScript on open, in a compressed object stream']();
    expect(bytes.includes('JavaScript')).toBe(false);
    expect(bytes.includes('/ObjStm')).toBe(true);
    expect((await inspectUpload(bytes)).activeContent.sort()).toEqual(['/JS', '/JavaScript', '/OpenAction']);
  });
});

describe('each attack is found and refused with its reason', () => {
  it.each(Object.entries({ ...pdfAttacks, ...officeAttacks }))('%s is refused', async (_, make) => {
    expect((await decide(await make())).ok).toBe(false);
  });

  it.each(Object.entries(polyglots))('%s is a polyglot (415)', async (_, make) => {
    expect(await decide(await make())).toMatchObject({ ok: false, code: 'document.polyglot' });
  });

  it.each([
    [
      'an attached program',
      pdfAttacks['an attached program (/EmbeddedFiles)'],
      'document.embedded_content',
      '/EmbeddedFiles',
    ],
    [
      'a program named as a picture',
      officeAttacks['a DOCX holding a program named as a picture'],
      'document.embedded_content',
      'word/media/image1.png: Windows program',
    ],
    [
      'a program by its name',
      officeAttacks['a DOCX holding a program'],
      'document.embedded_content',
      'word/embeddings/setup.exe',
    ],
    ['VBA macros', officeAttacks['a DOCX with VBA macros'], 'document.active_content', 'word/vbaProject.bin'],
    [
      'an OLE object',
      officeAttacks['a DOCX with an OLE object'],
      'document.embedded_content',
      'word/embeddings/oleObject1.bin',
    ],
    ['a launch action', pdfAttacks['a /Launch action'], 'document.active_content', '/Launch'],
    ['a form sent away', pdfAttacks['a /SubmitForm action'], 'document.active_content', '/SubmitForm'],
    ['an open action to a page', pdfAttacks['an /OpenAction to a page'], 'document.active_content', '/OpenAction'],
    ['a page action', pdfAttacks['a page action (/AA)'], 'document.active_content', '/AA'],
    ['lower-case escapes', pdfAttacks['a script name spelt with lower-case escapes'], 'document.active_content', '/JS'],
  ] as const)('%s: %s naming %s', async (_, make, code, found) => {
    const decision = await decide(await make());
    expect(decision).toMatchObject({ ok: false, code });
    expect(decision.ok === false && decision.found).toContain(found);
  });

  it('sees a script in a revision that a later one replaces (a reader may follow the first)', async () => {
    expect(await decide(hiddenByRevision())).toMatchObject({ ok: false, code: 'document.active_content' });
  });

  it('stops unpacking a PDF object stream at 64 MB, before pdf-lib unpacks it in full', async () => {
    const bomb = await objectStreamBomb(200);
    expect(bomb.length).toBeLessThan(300 * 1024);
    expect(await inspectUpload(bomb)).toMatchObject({ unreadable: 'object streams unpack past 64 MB' });
    expect(await decide(bomb)).toMatchObject({ ok: false, code: 'document.unreadable' });
  });

  it('stops pdf-lib at a million values, however few bytes they take on disk', async () => {
    expect(await inspectUpload(valuesBomb(2_000_000))).toMatchObject({ unreadable: 'more than 1,000,000 values' });
    expect(await decide(valuesBomb(100_000))).toMatchObject({ ok: true, pages: 1 });
  });

  it('refuses a DOCX that unpacks to 200 MB from its directory, without unpacking it', async () => {
    const bomb = await zipBomb(200, false);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const { archive } = await inspectUpload(bomb);
    expect(archive!.expandedBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(await decide(bomb)).toMatchObject({ ok: false, code: 'document.expands_too_much' });
  });

  it('stops unpacking at 100 MB when the directory lies about a 200 MB part', async () => {
    const found = await inspectUpload(await zipBomb(200, true));
    expect(found.archive!.expandedBytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(found.archive!.expandedBytes).toBeLessThan(101 * 1024 * 1024);
    expect(decideUpload(found)).toMatchObject({ ok: false, code: 'document.expands_too_much' });
  });

  it('refuses a DOCX of 1,001 parts from its directory', async () => {
    const parts = Array.from({ length: 998 }, (_, i) => deflated(`word/media/p${i}.xml`, '<x/>'));
    expect(await decide(docx(parts))).toMatchObject({ ok: false, code: 'document.expands_too_much' });
    expect(await decide(docx(parts.slice(1)))).toMatchObject({ ok: true });
  });

  it.each([
    ['a PDF cut in half', async () => (await genuinePdf()).subarray(0, 900)],
    ['a PDF header and nothing else', async () => of('%PDF-1.7\n')],
    [
      'an encrypted PDF',
      async () =>
        Buffer.from(tinyPdf(1))
          .toString('latin1')
          .replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /P -4 >>'),
    ],
    ['a JPEG cut short', async () => tinyJpeg().subarray(0, 150)],
    ['a JPEG without image data', async () => of([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9])],
    ['a PNG with a broken CRC', async () => Buffer.from(tinyPng()).fill(0, 29, 33)],
    [
      'a DOCX whose part lies about its size',
      async () => docx([{ ...deflated('word/a.xml', 'x'.repeat(5000)), declaredSize: 10 }]),
    ],
  ])('%s is unreadable (422)', async (_, make) => {
    expect(await decide(Buffer.from(await make()))).toMatchObject({ ok: false, code: 'document.unreadable' });
  });
});

describe('anything else is not an accepted type (415)', () => {
  it.each([
    ['nothing', of()],
    ['a Windows program', of('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0])],
    ['a Linux program', of([0x7f], 'ELF', [2, 1, 1, 0])],
    ['a web page', of('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an SVG image', of('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['a GIF', of('GIF89a', [1, 0, 1, 0])],
    ['a PDF header without its version', of('%PDF-x.y')],
    ['a ZIP of text files', Buffer.from(zipOf({ 'readme.txt': 'hi' }))],
    ['a Java archive', Buffer.from(zipOf({ 'META-INF/MANIFEST.MF': 'Main-Class: X' }))],
    ['an Office package without [Content_Types].xml', Buffer.from(zipOf({ 'word/document.xml': '<w:document/>' }))],
    [
      'a package both Word and Excel',
      Buffer.from(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<x/>', 'xl/workbook.xml': '<x/>' })),
    ],
    ['a self-extracting program', of('MZ', [...tinyDocx()])],
    ['a Word document cut short', Buffer.from(tinyDocx().slice(0, -10))],
  ])('%s', async (_, bytes) => {
    expect(await decide(bytes)).toEqual({ ok: false, code: 'document.type_not_accepted', found: [] });
  });
});
