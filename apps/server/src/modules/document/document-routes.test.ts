import { createHash, randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDocx, tinyJpeg, tinyPdf, tinyPng } from '../../../../../packages/core/src/document/testing.ts';
import { documentBlob, dossierDocument } from '../../db/schema/index.ts';
import { docx, genuinePdf, officeAttacks, pdfAttacks, polyglots, zipBomb } from '../../documents/inspect/attacks.ts';
import { createPdf, pdfBytes } from '../../documents/pdf-document.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const exe = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
const grown = (file: Uint8Array, size: number) => Buffer.concat([file, Buffer.alloc(size - file.length)]);

async function realPdf(pages: number): Promise<Buffer> {
  const doc = createPdf({ title: 'Bản scan tờ khai', creationDate: NOW });
  for (let i = 1; i <= pages; i++) (i > 1 ? doc.addPage() : doc).text(`Trang ${i}: Tờ khai đề nghị cấp hộ chiếu`);
  return pdfBytes(doc);
}
async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Bảng kê').addRow(['Số thứ tự', 'Tên giấy tờ']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('uploads checked by content, stored by SHA-256 (issue 6, DESIGN §6)', () => {
  const t = useTestApp({ now: () => NOW });
  let counter: string;
  beforeAll(async () => {
    counter = await t.login('congan.counter');
  });

  const upload = (body: Uint8Array, cookie = counter, name = 'scan.pdf', kind = 'scan', language = 'vi') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/documents?name=${encodeURIComponent(name)}&kind=${kind}`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'accept-language': language },
      payload: Buffer.from(body),
    });
  const read = (id: string, cookie = counter) => t.app.inject({ url: `/api/v1/documents/${id}`, headers: { cookie } });
  const rows = async () => {
    const [[blobs], [documents]] = await Promise.all([
      t.database.db.select({ n: count() }).from(documentBlob),
      t.database.db.select({ n: count() }).from(dossierDocument),
    ]);
    return { blobs: blobs!.n, documents: documents!.n };
  };

  it.each([
    ['a 3-page PDF from pdfkit', () => realPdf(3), 'tờ khai.pdf', 'application/pdf', 3],
    ['a hand-made 2-page PDF', () => tinyPdf(2), 'to-khai.pdf', 'application/pdf', 2],
    ['a pdf-lib PDF with compressed object streams', () => genuinePdf(), 'ban-sao.pdf', 'application/pdf', 2],
    ['a PNG', () => tinyPng(), 'cccd.png', 'image/png', 1],
    ['a JPEG', () => tinyJpeg(), 'anh.jpg', 'image/jpeg', 1],
    [
      'a DOCX',
      () => docx(),
      'don.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      null,
    ],
    [
      'an XLSX from ExcelJS',
      () => realXlsx(),
      'bang-ke.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      null,
    ],
  ])('%s is stored and read back byte for byte', async (_, make, name, mediaType, pages) => {
    const bytes = await make();
    const res = await upload(bytes, counter, name);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      sha256: sha256(bytes),
      mediaType,
      size: bytes.length,
      pages,
      name,
      kind: 'scan',
      dossierId: null,
    });
    const back = await read(res.json().id);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe(mediaType);
    expect(sha256(back.rawPayload)).toBe(sha256(bytes));
    expect(back.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
  });

  it('goes by the content, not the name: PNG bytes named .pdf are a PNG, served as .png', async () => {
    const res = await upload(tinyPng(), counter, 'giay-to.pdf', 'digitised_original');
    expect(res.json()).toMatchObject({ mediaType: 'image/png', name: 'giay-to.pdf', kind: 'digitised_original' });
    const back = await read(res.json().id);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.headers['content-disposition']).toBe(`inline; filename="giay-to.png"; filename*=UTF-8''giay-to.png`);
  });

  it('stores the same content once: two uploads, one blob', async () => {
    const bytes = await realPdf(1);
    const before = await rows();
    const [first, second] = [await upload(bytes), await upload(bytes, await t.login('congan.appraiser'), 'lan-2.pdf')];
    expect(first.json().id).not.toBe(second.json().id);
    expect(second.json().sha256).toBe(first.json().sha256);
    expect(await rows()).toEqual({ blobs: before.blobs + 1, documents: before.documents + 2 });
  });

  it.each([
    ['a program named .pdf', exe(), 'Loại tệp không được chấp nhận'],
    ['a web page', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'Loại tệp không được chấp nhận'],
    ['an empty file', Buffer.alloc(0), 'Loại tệp không được chấp nhận'],
    ['a Word file with macros', tinyDocx({ 'word/vbaProject.bin': 'x' }), 'macro, mã lệnh'],
    ['a PDF with a script', tinyPdf(1, ' /OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'macro, mã lệnh'],
  ])('%s is refused with 415, in Vietnamese, and nothing is stored', async (_, bytes, detail) => {
    const before = await rows();
    const res = await upload(bytes);
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      type: expect.stringMatching(/^urn:motcua:problem:document\.(type_not_accepted|active_content)$/),
      status: 415,
      title: expect.stringContaining(detail),
    });
    expect(await rows()).toEqual(before);
  });

  // Issue 15 item 10: each attack, built in the test, refused with the reason named; nothing stored.
  it.each([
    [
      'JavaScript in a compressed object stream',
      pdfAttacks['JavaScript on open, in a compressed object stream'],
      415,
      'active_content',
      '/JS',
    ],
    ['an /OpenAction', pdfAttacks['an /OpenAction to a page'], 415, 'active_content', '/OpenAction'],
    ['a /Launch action', pdfAttacks['a /Launch action'], 415, 'active_content', '/Launch'],
    ['a /SubmitForm action', pdfAttacks['a /SubmitForm action'], 415, 'active_content', '/SubmitForm'],
    ['/EmbeddedFiles', pdfAttacks['an attached program (/EmbeddedFiles)'], 415, 'embedded_content', '/EmbeddedFiles'],
    ['a PDF/HTML polyglot', polyglots['a web page with a PDF after it'], 415, 'polyglot', '%PDF- at byte'],
    ['a JPEG/HTML polyglot', polyglots['a JPEG with a web page after its end'], 415, 'polyglot', 'bytes after EOI'],
    [
      'a DOCX holding a program',
      officeAttacks['a DOCX holding a program named as a picture'],
      415,
      'embedded_content',
      'Windows program',
    ],
    ['a DOCX unpacking to 200 MB', () => zipBomb(200, false), 422, 'expands_too_much', '100 MB'],
    ['a DOCX lying about its 200 MB', () => zipBomb(200, true), 422, 'expands_too_much', '100 MB'],
    ['a PDF cut in half', async () => (await genuinePdf()).subarray(0, 900), 422, 'unreadable', 'Tìm thấy'],
  ] as const)('%s is refused (%i %s), naming %s, and nothing is stored', async (_, make, status, code, found) => {
    const before = await rows();
    const res = await upload(await make());
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: `urn:motcua:problem:document.${code}`, status });
    expect(res.json().detail).toMatch(/^Tìm thấy: /);
    expect(res.json().detail).toContain(found);
    expect(await rows()).toEqual(before);
  });

  it('says it in English when asked', async () => {
    expect((await upload(exe(), counter, 'x.pdf', 'scan', 'en')).json().title).toContain('File type not accepted');
  });

  it.each([
    ['a PNG over its 10 MB', () => grown(tinyPng(), 10 * MB + 1), 'document.too_large'],
    ['a PDF over its 20 MB', () => grown(tinyPdf(), 20 * MB + 1), 'document.too_large'],
    ['a body over what any type may weigh', () => grown(tinyPdf(), 21 * MB), 'request.payload_too_large'],
  ])('%s is refused with 413 and nothing is stored', async (_, make, code) => {
    const before = await rows();
    const res = await upload(make());
    expect(res.statusCode).toBe(413);
    expect(res.json().type).toBe(`urn:motcua:problem:${code}`);
    expect(await rows()).toEqual(before);
  });

  it('takes the file as application/octet-stream only', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents?name=a.pdf',
      headers: { cookie: counter, 'content-type': 'text/plain' },
      payload: '%PDF-1.4',
    });
    expect(res.statusCode).toBe(415);
  });

  it('asks for a file name and a known kind', async () => {
    expect((await upload(tinyPng(), counter, '   ')).statusCode).toBe(400);
    expect((await upload(tinyPng(), counter, 'a.png', 'selfie')).statusCode).toBe(400);
  });

  it('is for signed-in officers: anonymous 401, a director cannot upload (403)', async () => {
    const id = (await upload(tinyPng())).json().id;
    expect((await upload(tinyPng(), '')).statusCode).toBe(401);
    expect((await read(id, '')).statusCode).toBe(401);
    expect((await upload(tinyPng(), await t.login('director'))).statusCode).toBe(403);
  });

  it('before it is attached, an upload is its uploader’s alone', async () => {
    const id = (await upload(tinyPng())).json().id;
    for (const who of ['congan.appraiser', 'tuphap.counter', 'director'])
      expect((await read(id, await t.login(who))).statusCode).toBe(404);
    expect((await read(randomUUID())).statusCode).toBe(404);
  });
});
