import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../../../../../packages/core/src/document/testing.ts';
import { agency } from '../../db/schema/index.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

/**
 * One rule (core `maySeeDossier`) for a dossier and its documents: its agency, the agencies it consults
 * and directors see both; anyone else gets 404. Before issue 12 a consulted agency saw the dossier but
 * got 404 for its documents.
 */
describe('who sees a dossier and its documents (DESIGN §1, §6)', () => {
  const t = useTestApp({ now: () => NOW });
  let cookies: Record<'counter' | 'appraiser' | 'consulted' | 'stranger' | 'director', string>;
  let dossierId: string;
  let documentId: string;
  beforeAll(async () => {
    const users = ['congan.counter', 'congan.appraiser', 'tuphap.appraiser', 'gtvt.appraiser', 'director'];
    const [counter, appraiser, consulted, stranger, director] = await Promise.all(users.map((u) => t.login(u)));
    cookies = {
      counter: counter!,
      appraiser: appraiser!,
      consulted: consulted!,
      stranger: stranger!,
      director: director!,
    };
    dossierId = (await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies.counter })).dossier.id;
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents?name=to-khai.pdf&kind=scan',
      headers: { cookie: cookies.counter, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(tinyPdf(1)),
    });
    documentId = uploaded.json().id;
    expect((await attach(cookies.counter)).statusCode).toBe(200);
  });

  const attach = (cookie: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${documentId}/attach`,
      headers: { cookie },
      payload: { dossierId },
    });
  /** The statuses a reader gets for the dossier, its documents' list and one of its documents. */
  const seen = async (cookie: string) => {
    const get = async (url: string) => (await t.app.inject({ url, headers: { cookie } })).statusCode;
    return [
      await get(`/api/v1/dossiers/${dossierId}`),
      await get(`/api/v1/dossiers/${dossierId}/documents`),
      await get(`/api/v1/documents/${documentId}`),
    ];
  };
  const step = async (transition: string, payload: object) => {
    const { version } = (
      await t.app.inject({ url: `/api/v1/dossiers/${dossierId}`, headers: { cookie: cookies.appraiser } })
    ).json();
    const res = await postTransition(t, { id: dossierId, version }, transition, payload, cookies.appraiser);
    expect(res.statusCode).toBe(200);
  };

  it('a consulted agency sees the dossier and its documents once consulted, not before; it attaches none', async () => {
    expect(await seen(cookies.consulted)).toEqual([404, 404, 404]);
    await step('start_appraisal', {});
    const [tuphap] = await t.database.db.select({ id: agency.id }).from(agency).where(eq(agency.slug, 'tuphap'));
    const deadline = new Date(NOW.getTime() + 3_600_000).toISOString();
    await step('open_consultation', {
      consultations: [{ agencyId: tuphap!.id, question: 'Đề nghị cho ý kiến về lý lịch', deadline }],
    });
    expect(await seen(cookies.consulted)).toEqual([200, 200, 200]);
    const listed = await t.app.inject({
      url: `/api/v1/dossiers/${dossierId}/documents`,
      headers: { cookie: cookies.consulted },
    });
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: documentId }] });
    expect((await attach(cookies.consulted)).json().type).toBe('urn:motcua:problem:dossier.not_found');
  });

  it('its own agency and directors see it; an agency it does not consult sees nothing of it', async () => {
    expect(await seen(cookies.appraiser)).toEqual([200, 200, 200]);
    expect(await seen(cookies.director)).toEqual([200, 200, 200]);
    expect(await seen(cookies.stranger)).toEqual([404, 404, 404]);
  });
});
