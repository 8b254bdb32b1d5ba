import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '@motcua/core';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Phạm Thu Hà',
  cccd: '022195012347',
  phone: '0912 345 670',
  email: null,
  address: 'Phường Cẩm Phả',
};

describe('the leaders’ dashboard (DESIGN §8)', () => {
  let t: TestApp;
  let now = new Date('2026-11-16T09:00:00+07:00'); // a Monday
  const cookies: Record<string, string> = {};
  const logIn = async () => {
    for (const u of [
      'director',
      'congan.head',
      'congan.counter',
      'congan.appraiser',
      'congan.approver',
      'tuphap.counter',
      'tuphap.appraiser',
      'tuphap.approver',
    ])
      cookies[u] = await t.login(u);
  };
  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    await logIn();
    const procedure = async (q: string) =>
      (
        await t.app.inject({
          url: `/api/v1/procedures/${(await t.app.inject({ url: `/api/v1/procedures?q=${encodeURIComponent(q)}` })).json().items[0].code}`,
        })
      ).json().procedure;
    const post = (url: string, payload: object, cookie: string) =>
      t.app.inject({ method: 'POST', url, payload, headers: { cookie, 'idempotency-key': randomUUID() } });
    const receive = async (
      p: { code: string; checklist: { count: number; required: boolean }[] },
      cookie: string,
      channel = 'direct',
    ) =>
      (
        await post(
          '/api/v1/dossiers',
          {
            procedureCode: p.code,
            channel,
            applicant: APPLICANT,
            ticks: completeTicks(p.checklist),
            resultDelivery: 'counter',
          },
          cookie,
        )
      ).json().dossier;
    const step = async (d: { id: string; version: number }, transition: string, payload: object, cookie: string) =>
      (await post(`/api/v1/dossiers/${d.id}/transitions`, { version: d.version, transition, payload }, cookie)).json();
    const passport = await procedure('cap ho chieu');
    const record = await procedure('ly lich tu phap');
    // Week 1 (Monday): two Police dossiers, one by post; it is resolved late two weeks on.
    const late = await receive(passport, cookies['congan.counter']!);
    await receive(passport, cookies['congan.counter']!, 'post');
    // Today (Monday 2026-11-30): one Justice dossier, and the late one is resolved.
    now = new Date('2026-11-30T08:30:00+07:00');
    await logIn();
    const early = await receive(record, cookies['tuphap.counter']!);
    let d = await step(late, 'start_appraisal', { assigneeId: null }, cookies['congan.appraiser']!);
    d = await step(
      d,
      'propose_approval',
      { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null },
      cookies['congan.appraiser']!,
    );
    d = await step(d, 'approve', { resultNumber: '7/QĐ-CA', note: null }, cookies['congan.approver']!);
    await step(d, 'prepare_result', { resultDocumentId: null }, cookies['congan.counter']!);
    // The Justice dossier is resolved the day it came: early.
    d = await step(early, 'start_appraisal', { assigneeId: null }, cookies['tuphap.appraiser']!);
    d = await step(
      d,
      'propose_approval',
      { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null },
      cookies['tuphap.appraiser']!,
    );
    d = await step(d, 'approve', { resultNumber: '9/LLTP', note: null }, cookies['tuphap.approver']!);
    await step(d, 'prepare_result', { resultDocumentId: null }, cookies['tuphap.counter']!);
    now = new Date('2026-11-30T10:00:00+07:00');
  });
  afterAll(() => t.close());

  const get = (url: string, cookie: string | undefined = cookies.director) =>
    t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const drill = async (query: string, cookie?: string) =>
    (await get(`/api/v1/dashboard/dossiers?${query}&pageSize=100`, cookie)).json();

  it('counts today, this month, resolutions, open and overdue dossiers for the director', async () => {
    const res = await get('/api/v1/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json() as Dashboard;
    expect(board.today).toBe('2026-11-30');
    expect(board.receivedToday).toEqual({ total: 1, online: 0, direct: 1, post: 0 });
    expect(board.receivedMonth).toEqual({ total: 3, online: 0, direct: 2, post: 1 });
    expect(board.resolvedMonth).toEqual({ total: 2, early: 1, onTime: 0, late: 1 });
    expect(board.onTimeRate).toBe(0.5);
    expect(board.inProgress).toBe(1);
    expect(board.overdue).toBe(1);
    expect(board.satisfaction).toBeNull();
    expect(board.trend).toHaveLength(12);
    expect(board.trend.at(-1)).toEqual({ month: '2026-11', received: 3, resolved: 2, onTimeRate: 0.5 });
    const congan = board.byAgency.find((r) => r.agency.slug === 'congan')!;
    expect(congan).toMatchObject({ receivedMonth: 2, resolvedMonth: 1, lateMonth: 1, inProgress: 1, overdue: 1 });
    expect(board.byField.reduce((s, r) => s + r.receivedMonth, 0)).toBe(3);
  });

  it('drills every figure down to exactly the dossiers it counts', async () => {
    const board = (await get('/api/v1/dashboard')).json() as Dashboard;
    const figures: [string, number][] = [
      ['measure=received_today', board.receivedToday.total],
      ['measure=received_month', board.receivedMonth.total],
      ['measure=received_month&channel=post', board.receivedMonth.post],
      ['measure=resolved_month', board.resolvedMonth.total],
      ['measure=late_month', board.resolvedMonth.late],
      ['measure=early_month', board.resolvedMonth.early],
      ['measure=on_time_month', board.resolvedMonth.onTime],
      ['measure=in_progress', board.inProgress],
      ['measure=overdue', board.overdue],
      ['measure=received_month&agency=congan', board.byAgency.find((r) => r.agency.slug === 'congan')!.receivedMonth],
      [`measure=received_month&field=${board.byField[0]!.field.code}`, board.byField[0]!.receivedMonth],
    ];
    for (const [query, figure] of figures) {
      const page = await drill(query);
      expect(page.total, query).toBe(figure);
      expect(page.items, query).toHaveLength(figure);
    }
    expect((await drill('measure=overdue')).items[0]).toMatchObject({
      agency: { slug: 'congan' },
      channel: 'post',
      status: 'received',
    });
  });

  it('shows an agency head their own agency only; others are refused', async () => {
    const own = (await get('/api/v1/dashboard', cookies['congan.head'])).json() as Dashboard;
    expect(own.agency?.slug).toBe('congan');
    expect(own.receivedMonth.total).toBe(2);
    expect(own.byAgency.map((r) => r.agency.slug)).toEqual(['congan']);
    expect((await drill('measure=received_month', cookies['congan.head'])).total).toBe(2);
    expect((await get('/api/v1/dashboard?agency=tuphap', cookies['congan.head'])).statusCode).toBe(403);
    expect((await get('/api/v1/dashboard', cookies['congan.counter'])).statusCode).toBe(403);
    expect((await get('/api/v1/dashboard', '')).statusCode).toBe(401);
    expect((await get('/api/v1/dashboard?agency=khongco')).statusCode).toBe(404);
    expect((await get('/api/v1/dashboard/dossiers?measure=everything')).statusCode).toBe(400);
  });
});
