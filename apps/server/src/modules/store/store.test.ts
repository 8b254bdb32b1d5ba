import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf, tinyPng } from '../../../../../packages/core/src/document/testing.ts';
import { foldText } from '@motcua/core';
import {
  appUser,
  center,
  citizenDocument,
  documentBlob,
  dossier,
  personalDataAccess,
  procedureVersion,
} from '../../db/schema/index.ts';
import { createPdf, pdfBytes } from '../../documents/pdf-document.ts';
import { getProcedure, receiveDossier, type ProcedureInForce } from '../../test/dossier-builders.ts';
import { useTestApp, type TestAppHandle } from '../../test/test-app.ts';
import { accountApi } from '../account/account-test-kit.ts';
import { createStoredDocumentRepo } from './stored-document-repo.ts';

const NOW = new Date('2026-12-07T10:00:00+07:00');
let seconds = 0;
/** Requests follow one another, a second apart: "newest first" has an order to show. */
const clock = () => new Date(NOW.getTime() + seconds++ * 1000);
const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A verified, signed-in citizen made through the API: their cookie and id. */
async function citizen(t: TestAppHandle, email: string, cccd: string) {
  const api = accountApi(t);
  const sent = (await api.register(email, { cccd })).json();
  const cookie = api.cookieOf(await api.verify(sent.id, (await api.lastCode(email))!));
  const [row] = await t.database.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
  return { cookie, id: row!.id };
}

async function uniquePdf(text: string): Promise<Buffer> {
  return pdfBytes(createPdf({ title: text, creationDate: NOW }).text(text));
}

describe("the citizen's document store (issue 19, DESIGN §15)", () => {
  const t = useTestApp({ now: clock });
  let anh: { cookie: string; id: string };
  let binh: { cookie: string; id: string };
  let counter: string;
  let procedure: ProcedureInForce;
  beforeAll(async () => {
    anh = await citizen(t, 'kho.anh@example.com', '022195001234');
    binh = await citizen(t, 'kho.binh@example.com', '022195005678');
    counter = await t.login('congan.counter');
    procedure = await getProcedure(t, 'cap ho chieu');
  });

  const upload = (body: Uint8Array, cookie: string, title = 'Bản sao căn cước', name = 'cccd.pdf') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/my/documents?name=${encodeURIComponent(name)}&title=${encodeURIComponent(title)}`,
      headers: { cookie, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(body),
    });
  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  const list = async (cookie: string, query = '') =>
    (await get(`/api/v1/my/documents?pageSize=50${query}`, cookie)).json();
  const stored = async (ownerId: string) =>
    t.database.db.select().from(citizenDocument).where(eq(citizenDocument.ownerId, ownerId));

  it('keeps an upload, lists it newest first, opens it to its owner alone and removes it', async () => {
    const first = await upload(await uniquePdf('Căn cước của Anh'), anh.cookie);
    expect(first.statusCode, first.body).toBe(201);
    const second = await upload(tinyPng(), anh.cookie, 'Ảnh chân dung', 'anh.png');
    expect(second.json()).toMatchObject({ title: 'Ảnh chân dung', mediaType: 'image/png', source: 'upload', uses: 0 });
    const page = await list(anh.cookie);
    expect(page.items.map((d: { id: string }) => d.id)).toEqual([second.json().id, first.json().id]);
    expect(page.total).toBe(2);
    expect((await list(anh.cookie, '&q=chân dung')).items).toHaveLength(1);
    // Without diacritics, in capitals, as every search.
    expect((await list(anh.cookie, `&q=${encodeURIComponent('ANH CHAN DUNG')}`)).items).toHaveLength(1);
    expect((await list(anh.cookie, '&q=can%20cuoc')).items.map((d: { id: string }) => d.id)).toEqual([first.json().id]);

    const content = await get(`/api/v1/my/documents/${first.json().id}/content`, anh.cookie);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(sha256(content.rawPayload)).toBe(first.json().sha256);

    // Another citizen: not found, whatever they try; their list holds nothing of Anh's.
    const other = await get(`/api/v1/my/documents/${first.json().id}/content`, binh.cookie);
    expect(other.statusCode).toBe(404);
    const del = (id: string, cookie: string) =>
      t.app.inject({ method: 'DELETE', payload: {}, url: `/api/v1/my/documents/${id}`, headers: { cookie } });
    expect((await del(first.json().id, binh.cookie)).statusCode).toBe(404);
    expect((await list(binh.cookie)).total).toBe(0);

    expect((await del(second.json().id, anh.cookie)).statusCode).toBe(204);
    expect((await list(anh.cookie)).total).toBe(1);
    expect((await get(`/api/v1/my/documents/${second.json().id}/content`, anh.cookie)).statusCode).toBe(404);
  });

  it.each([
    ['an executable', () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(200)]), 415],
    ['plain text named .pdf', () => Buffer.from('Tôi là một tệp văn bản, không phải PDF'), 415],
    ['a PDF over its 20 MB', () => Buffer.concat([tinyPdf(), Buffer.alloc(20 * MB + 1 - tinyPdf().length)]), 413],
    ['an empty file', () => Buffer.alloc(0), 415],
  ])('refuses %s and keeps nothing', async (_, make, status) => {
    const before = (await stored(binh.id)).length;
    const res = await upload(make(), binh.cookie);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await stored(binh.id)).length).toBe(before);
  });

  it("is the citizens' alone: an officer is refused, as is anyone signed out", async () => {
    expect((await get('/api/v1/my/documents', counter)).statusCode).toBe(403);
    expect((await upload(tinyPdf(), counter)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/my/documents' })).statusCode).toBe(401);
  });

  it('keeps a result issued to the citizen once, however often the store is listed', async () => {
    const { dossier: received } = await receiveDossier(t, { procedure, cookie: counter });
    const result = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents?name=ket-qua.pdf&kind=result',
      headers: { cookie: counter, 'content-type': 'application/octet-stream' },
      payload: await uniquePdf('Kết quả'),
    });
    const attach = { method: 'POST' as const, headers: { cookie: counter }, payload: { dossierId: received.id } };
    await t.app.inject({ ...attach, url: `/api/v1/documents/${result.json().id}/attach` });
    await t.database.db.update(dossier).set({ ownerId: binh.id }).where(eq(dossier.id, received.id));
    expect((await list(binh.cookie)).total).toBe(0); // not yet ready: nothing issued
    await t.database.db.update(dossier).set({ status: 'returned' }).where(eq(dossier.id, received.id));

    const once = await list(binh.cookie);
    const twice = await list(binh.cookie);
    expect(twice).toEqual(once);
    expect(once.items).toEqual([
      expect.objectContaining({ source: 'result', title: expect.stringMatching(/hộ chiếu/i), fileName: 'ket-qua.pdf' }),
    ]);
    expect((await stored(binh.id)).filter((d) => d.source === 'result')).toHaveLength(1);
  });

  it('gives a stored document to a dossier of another center; the officer sees where it came from, logged', async () => {
    const bytes = await uniquePdf('Giấy khai sinh của Anh');
    const mine = (await upload(bytes, anh.cookie, 'Giấy khai sinh')).json();
    // The store keeps it at another center than the dossier's: giving it must copy its content.
    const [elsewhere] = await t.database.db
      .insert(center)
      .values({ code: 'KHO-TEST', name: 'Trung tâm khác', level: 'commune', effectiveFrom: '2025-07-01' })
      .returning({ id: center.id });
    const [blob] = await t.database.db.select().from(documentBlob).where(eq(documentBlob.sha256, mine.sha256));
    await t.database.db.insert(documentBlob).values({ ...blob!, centerId: elsewhere!.id });
    await t.database.db.update(citizenDocument).set({ centerId: elsewhere!.id }).where(eq(citizenDocument.id, mine.id));
    await t.database.db
      .delete(documentBlob)
      .where(and(eq(documentBlob.sha256, mine.sha256), eq(documentBlob.centerId, blob!.centerId)));

    const { dossier: received } = await receiveDossier(t, { procedure, cookie: counter });
    const [target] = await t.database.db.select().from(dossier).where(eq(dossier.id, received.id));
    const to = { id: target!.id, centerId: target!.centerId, agencyId: target!.agencyId };
    const repo = createStoredDocumentRepo(t.database.db);
    await expect(repo.give(binh.id, to, [{ storeDocumentId: mine.id, fieldName: null }], clock())).rejects.toThrow();
    const [given] = await repo.give(anh.id, to, [{ storeDocumentId: mine.id, fieldName: 'document1' }], clock());

    const docs = (await get(`/api/v1/dossiers/${received.id}/documents`, counter)).json();
    expect(docs.items).toEqual([
      expect.objectContaining({
        id: given,
        fromStore: { storeDocumentId: mine.id, firstCheckedAt: target!.receivedAt!.toISOString() },
      }),
    ]);
    const content = await get(`/api/v1/documents/${given}`, counter);
    expect(sha256(content.rawPayload)).toBe(mine.sha256);
    const logged = await t.database.db
      .select()
      .from(personalDataAccess)
      .where(eq(personalDataAccess.dossierId, received.id));
    expect(logged.map((l) => l.view)).toEqual(['store_document']);

    const [entry] = (await list(anh.cookie, '&q=khai sinh')).items;
    expect(entry).toMatchObject({ uses: 1, firstCheckedAt: target!.receivedAt!.toISOString() });
  });

  it('offers, for each file field of a procedure, the documents titled as its label', async () => {
    const [version] = await t.database.db
      .select({ content: procedureVersion.content })
      .from(procedureVersion)
      .where(eq(procedureVersion.code, procedure.code));
    const field = version!.content.formFields.find((f) => f.type === 'file')!;
    // The same label, typed without diacritics and in capitals: still the same document.
    const title = foldText(field.label).toUpperCase();
    const mine = (await upload(await uniquePdf(title), anh.cookie, title)).json();
    const res = await get(`/api/v1/my/documents/matches?procedureCode=${procedure.code}`, anh.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()[field.name].map((d: { id: string }) => d.id)).toEqual([mine.id]);
    expect(
      (await get(`/api/v1/my/documents/matches?procedureCode=${procedure.code}`, binh.cookie)).json()[field.name],
    ).toEqual([]);
    const unknown = await get('/api/v1/my/documents/matches?procedureCode=KHONG-CO', anh.cookie);
    expect(unknown.statusCode).toBe(404);
  });
});
