import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf, tinyPng } from '../../../../../packages/core/src/document/testing.ts';
import { documentBlob, dossierDocument } from '../../db/schema/index.ts';
import { getProcedure, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
let seconds = 0;
/** Uploads follow one another, a second apart. */
const clock = () => new Date(NOW.getTime() + seconds++ * 1000);

describe("a dossier's documents: attached once, seen by its agency (issue 6)", () => {
  const t = useTestApp({ now: clock });
  let counter: string;
  let appraiser: string;
  let stranger: string;
  let director: string;
  let dossiers: string[];
  beforeAll(async () => {
    const cookies = await Promise.all(
      ['congan.counter', 'congan.appraiser', 'tuphap.counter', 'director'].map((u) => t.login(u)),
    );
    [counter, appraiser, stranger, director] = cookies as [string, string, string, string];
    const procedure = await getProcedure(t, 'cap ho chieu');
    const receive = async () => (await receiveDossier(t, { procedure, cookie: counter })).dossier.id;
    dossiers = [await receive(), await receive()];
  });

  const upload = async (bytes: Uint8Array, cookie = counter, kind = 'scan') =>
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/documents?name=to-khai.pdf&kind=${kind}`,
        headers: { cookie, 'content-type': 'application/octet-stream' },
        payload: Buffer.from(bytes),
      })
    ).json().id as string;
  const attach = (id: string, dossierId: string, cookie = counter) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${id}/attach`,
      headers: { cookie },
      payload: { dossierId },
    });
  const list = (dossierId: string, cookie = counter) =>
    t.app.inject({ url: `/api/v1/dossiers/${dossierId}/documents`, headers: { cookie } });
  const read = (id: string, cookie: string) => t.app.inject({ url: `/api/v1/documents/${id}`, headers: { cookie } });

  it('an upload made at the counter is attached to the dossier and listed with it', async () => {
    const [a] = dossiers;
    const scan = await upload(tinyPdf(2));
    const result = await upload(tinyPng(), counter, 'result');
    const attached = await attach(scan, a!);
    expect(attached.statusCode).toBe(200);
    expect(attached.json()).toMatchObject({ id: scan, dossierId: a, pages: 2 });
    expect((await attach(result, a!, appraiser)).statusCode).toBe(200);
    const listed = await list(a!);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      total: 2,
      items: [
        { id: scan, kind: 'scan' },
        { id: result, kind: 'result', mediaType: 'image/png' },
      ],
    });
    expect((await list(a!, director)).json().total).toBe(2);
  });

  it('once attached, the agency and directors read it; another agency does not', async () => {
    const id = await upload(tinyPng());
    await attach(id, dossiers[0]!);
    expect((await read(id, appraiser)).statusCode).toBe(200);
    expect((await read(id, director)).statusCode).toBe(200);
    expect((await read(id, stranger)).statusCode).toBe(404);
    expect((await list(dossiers[0]!, stranger)).json()).toMatchObject({
      status: 404,
      type: 'urn:motcua:problem:dossier.not_found',
    });
  });

  it('is attached once: again to the same dossier changes nothing, to another is refused', async () => {
    const [a, b] = dossiers;
    const id = await upload(tinyPng());
    await attach(id, a!);
    expect((await attach(id, a!)).json()).toMatchObject({ id, dossierId: a });
    const moved = await attach(id, b!);
    expect(moved.statusCode).toBe(409);
    expect(moved.json().title).toContain('thuộc một hồ sơ khác');
    expect((await list(b!)).json().items.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it("another agency's officer can neither attach to the dossier nor have theirs attached; anonymous gets 401", async () => {
    const theirs = await upload(tinyPng(), stranger);
    expect((await attach(theirs, dossiers[0]!, stranger)).json().type).toBe('urn:motcua:problem:dossier.not_found');
    expect((await attach(theirs, dossiers[0]!)).statusCode).toBe(404);
    expect((await attach(await upload(tinyPng()), randomUUID())).statusCode).toBe(404);
    expect((await attach(theirs, dossiers[0]!, '')).statusCode).toBe(401);
    expect((await list(dossiers[0]!, '')).statusCode).toBe(401);
  });

  it('the database itself keeps originals: no content or upload is overwritten, nothing re-attached', async () => {
    const id = await upload(tinyPdf(1));
    await attach(id, dossiers[0]!);
    const db = t.database.db;
    const [row] = await db.select().from(dossierDocument).where(eq(dossierDocument.id, id));
    const refused = (error: { message: string; cause?: { message?: string } }) =>
      /keeps originals/.test(error.cause?.message ?? error.message);
    await expect(
      db
        .update(documentBlob)
        .set({ bytes: tinyPng(), size: tinyPng().length })
        .where(eq(documentBlob.sha256, row!.sha256)),
    ).rejects.toSatisfy(refused);
    await expect(
      db.update(dossierDocument).set({ fileName: 'khac.pdf' }).where(eq(dossierDocument.id, id)),
    ).rejects.toSatisfy(refused);
    await expect(
      db.update(dossierDocument).set({ dossierId: dossiers[1]! }).where(eq(dossierDocument.id, id)),
    ).rejects.toSatisfy(refused);
    expect((await read(id, counter)).rawPayload.equals(Buffer.from(tinyPdf(1)))).toBe(true);
  });
});
