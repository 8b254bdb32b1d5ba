import { count, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonalDataAccessEntry } from '@motcua/core';
import { personalDataAccess } from '../../db/schema/index.ts';
import { makeApplicant } from '../../test/dossier-builders.ts';
import { consultedDossier } from '../../test/consulted-dossier.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const USERS = ['congan.counter', 'congan.appraiser', 'congan.head', 'tuphap.appraiser', 'tuphap.head', 'director'];

/**
 * The personal-data access log (issue 15, NĐ 13/2023/NĐ-CP, DESIGN §14): each unmasked JSON view and each form printed
 * by an officer is one row with its ground and request id; a masked view none. The agency head reads their agency's
 * rows, the director all; anyone else is refused.
 */
describe('the personal-data access log', () => {
  // A clock that moves a millisecond a reading: each row its own instant, so "newest first" is one order.
  let ticks = 0;
  const t = useTestApp({ now: () => new Date(NOW.getTime() + ticks++) });
  const cookies: Record<string, string> = {};
  let dossier: { id: string; code: string };
  const get = (url: string, username: string) => t.app.inject({ url, headers: { cookie: cookies[username]! } });
  const log = async (username: string, query = '') => {
    const res = await get(`/api/v1/personal-data-access${query}`, username);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: PersonalDataAccessEntry[]; total: number };
  };
  const rows = async () => (await t.database.db.select({ n: count() }).from(personalDataAccess))[0]!.n;

  // Setting up reads the dossier twice as congan's appraiser (the version of each step): two rows.
  beforeAll(async () => {
    for (const u of USERS) cookies[u] = await t.login(u);
    dossier = await consultedDossier(
      t,
      { counter: cookies['congan.counter']!, appraiser: cookies['congan.appraiser']! },
      makeApplicant({ cccd: '022195012345' }),
    );
  });

  it('records an unmasked view and every form, with ground and request id; not a masked view', async () => {
    const before = await rows();
    const views: [string, string][] = [
      ['congan.appraiser', `/api/v1/dossiers/${dossier.id}`],
      ['congan.counter', `/api/v1/dossiers/by-code/${encodeURIComponent(dossier.code)}`],
      ['tuphap.appraiser', `/api/v1/dossiers/${dossier.id}`], // masked: not recorded
      ['director', `/api/v1/dossiers/${dossier.id}`], // masked: not recorded
      ['director', `/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`],
      ['tuphap.appraiser', `/api/v1/dossiers/${dossier.id}/forms/control-sheet.pdf`],
    ];
    const requestIds: string[] = [];
    for (const [who, url] of views) {
      const res = await get(url, who);
      expect(res.statusCode, `${who} ${url}`).toBe(200);
      requestIds.push(String(res.headers['x-request-id']));
    }
    expect((await rows()) - before).toBe(4);
    const { items } = await log('director', `?dossierId=${dossier.id}&pageSize=4`);
    // Newest first.
    expect(items.map((e) => [e.officer.id !== '', e.ground, e.view, e.requestId])).toEqual([
      [true, 'consultation', 'control_sheet', requestIds[5]],
      [true, 'director', 'receipt', requestIds[4]],
      [true, 'own_agency', 'dossier', requestIds[1]],
      [true, 'own_agency', 'dossier', requestIds[0]],
    ]);
    expect(items.every((e) => e.dossier.code === dossier.code && e.agency.name !== '')).toBe(true);
  });

  it('pages newest first without overlap, and filters by officer and time', async () => {
    for (let i = 0; i < 3; i++) await get(`/api/v1/dossiers/${dossier.id}`, 'congan.appraiser');
    const all = await log('director', `?dossierId=${dossier.id}&pageSize=100`);
    const pages = [1, 2, 3, 4, 5].map((page) => log('director', `?dossierId=${dossier.id}&pageSize=2&page=${page}`));
    const paged = (await Promise.all(pages)).flatMap((p) => p.items.map((e) => e.id));
    expect(all.total).toBe(9);
    expect(paged).toEqual(all.items.map((e) => e.id));
    const me = (await get('/api/v1/me', 'congan.appraiser')).json().id as string;
    const mine = await log('director', `?officerId=${me}`);
    expect(mine.total).toBe(6);
    expect(mine.items.every((e) => e.officer.id === me)).toBe(true);
    const middle = all.items[4]!.accessedAt;
    expect((await log('director', `?from=${encodeURIComponent(middle)}`)).items).toEqual(all.items.slice(0, 5));
    expect((await log('director', `?to=${encodeURIComponent(middle)}`)).items).toEqual(all.items.slice(5));
  });

  it('the agency head reads their agency’s rows only; officers are refused', async () => {
    expect((await log('congan.head')).total).toBe(9);
    // The justice department's head sees none: the dossier is the police's, though tuphap's officer read it.
    expect((await log('tuphap.head')).total).toBe(0);
    for (const who of ['congan.appraiser', 'tuphap.appraiser', 'congan.counter'])
      expect((await get('/api/v1/personal-data-access', who)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/personal-data-access' })).statusCode).toBe(401);
  });

  it('is append-only: the database refuses to change or remove a row', async () => {
    await expect(t.database.db.execute(sql`update personal_data_access set view = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from personal_data_access`)).rejects.toThrow();
    expect(await rows()).toBe(9);
  });
});
