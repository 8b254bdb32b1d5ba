import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationList, DossierView } from '@motcua/core';
import { agency } from '../../db/schema/index.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';

// Wednesday 25 November 2026, 09:00 (UTC+7); both agencies are asked by Thursday 08:30, a working day ahead.
let now = new Date('2026-11-25T09:00:00+07:00');
const DEADLINE = '2026-11-26T08:30:00+07:00';
const FRIDAY = new Date('2026-11-27T09:00:00+07:00');
const USERS = [
  'congan.counter',
  'congan.appraiser',
  'tuphap.appraiser',
  'tuphap.head',
  'tuphap.counter',
  'xaydung.appraiser',
] as const;

/**
 * Liên thông reaches the consulted agency (DESIGN §6, §1 "plus what their agency is consulted on"): Sở Tư
 * pháp finds what Công an asks in its own inbox, opens the dossier and its documents and answers late; Sở
 * Xây dựng stays silent and the lead closes its consultation as lapsed. Each counts against its own deadline.
 */
describe('GET /api/v1/consultations: the consulted agency’s inbox', () => {
  const t = useTestApp({ now: () => now });
  const cookie = {} as Record<(typeof USERS)[number], string>;
  let dossierId: string;
  const get = async <T>(url: string, as: string) => {
    const res = await t.app.inject({ url, headers: { cookie: as } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const inbox = (query: string, as = cookie['tuphap.appraiser']) =>
    get<ConsultationList>(`/api/v1/consultations?${query}`, as);
  const dossier = (as: string) => get<DossierView>(`/api/v1/dossiers/${dossierId}`, as);
  const step = async (transition: string, payload: object, as: string) => {
    const res = await postTransition(t, await dossier(as), transition, payload, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DossierView;
  };

  // Sessions lapse overnight: everyone signs in again when the clock moves on.
  const signIn = async () => {
    for (const user of USERS) cookie[user] = await t.login(user);
  };

  beforeAll(async () => {
    await signIn();
    const agencies = await t.database.db
      .select({ id: agency.id, slug: agency.slug })
      .from(agency)
      .where(inArray(agency.slug, ['tuphap', 'xaydung']));
    const id = (slug: string) => agencies.find((a) => a.slug === slug)!.id;
    const lead = cookie['congan.appraiser'];
    dossierId = (await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookie['congan.counter'] })).dossier.id;
    await step('start_appraisal', {}, lead);
    const ask = (slug: string) => ({ agencyId: id(slug), question: `Ý kiến của ${slug}`, deadline: DEADLINE });
    await step('open_consultation', { consultations: [ask('tuphap'), ask('xaydung')] }, lead);
  });

  it('lists what the agency is asked, due soon, with the dossier and the lead agency', async () => {
    const open = await inbox('status=open');
    expect(open.total).toBe(1);
    expect(open.items[0]).toMatchObject({
      dossier: { id: dossierId, status: 'in_consultation', procedure: { name: expect.any(String) } },
      no: 1,
      leadAgency: { slug: 'congan' },
      question: 'Ý kiến của tuphap',
      deadline: new Date(DEADLINE).toISOString(),
      answeredAt: null,
      result: null,
      warnings: ['due_soon'],
    });
    expect((await inbox('warning=due_soon')).total).toBe(1);
    expect((await inbox('warning=overdue')).total).toBe(0);
    const counter = await t.app.inject({ url: '/api/v1/consultations', headers: { cookie: cookie['tuphap.counter'] } });
    expect(counter.statusCode).toBe(403);
  });

  it('the consulted officer opens the dossier and its documents, and may answer; the lead may not close yet', async () => {
    const seen = await dossier(cookie['tuphap.appraiser']);
    expect(seen.availableTransitions).toEqual(['record_opinion']);
    expect(seen.consultations.map((c) => c.answerable)).toEqual([true, false]);
    await get(`/api/v1/dossiers/${dossierId}/documents`, cookie['tuphap.appraiser']);
    expect((await dossier(cookie['congan.appraiser'])).availableTransitions).not.toContain('close_consultation');
  });

  it('past the deadline the head sees it overdue; an answer after it counts late against the agency', async () => {
    now = FRIDAY;
    await signIn();
    const overdue = await inbox('warning=overdue', cookie['tuphap.head']);
    expect(overdue.items.map((i) => i.warnings)).toEqual([['overdue']]);
    const opinion = { no: 1, opinion: 'Không có ý kiến khác', agrees: true };
    await step('record_opinion', opinion, cookie['tuphap.appraiser']);
    expect((await inbox('status=open')).total).toBe(0);
    const answered = await inbox('status=answered');
    expect(answered.items[0]).toMatchObject({ result: 'late', agrees: true, warnings: [] });
  });

  it('the lead closes the silent agency’s consultation: it lapses, late, and leaves every inbox', async () => {
    const lead = cookie['congan.appraiser'];
    expect((await dossier(lead)).availableTransitions).toContain('close_consultation');
    const closed = await step('close_consultation', { note: null }, lead);
    expect(closed.consultations.map((c) => [c.lapsed, c.result])).toEqual([
      [false, 'late'],
      [true, 'late'],
    ]);
    const all = await inbox('status=all');
    expect(all.items[0]).toMatchObject({ closedAt: FRIDAY.toISOString(), lapsed: false, result: 'late' });
    const silent = cookie['xaydung.appraiser'];
    expect((await inbox('status=open', silent)).total).toBe(0);
    const lapsed = await inbox('status=all', silent);
    expect(lapsed.items[0]).toMatchObject({ no: 2, lapsed: true, result: 'late', answeredAt: null, warnings: [] });
  });
});
