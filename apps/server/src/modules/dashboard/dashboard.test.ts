import { beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '@motcua/core';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { officersOf, walkTo } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('the leaders’ dashboard (DESIGN §8)', () => {
  let now = new Date('2026-11-16T09:00:00+07:00'); // a Monday
  const t = useTestApp({ now: () => now });
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
    await logIn();
    const passport = { procedure: 'cap ho chieu', cookie: cookies['congan.counter']! };
    // Week 1 (Monday): two Police dossiers, one by post; it is resolved late two weeks on.
    const late = (await receiveDossier(t, passport)).dossier;
    await receiveDossier(t, { ...passport, channel: 'post' });
    // Today (Monday 2026-11-30): one Justice dossier, and the late one is resolved.
    now = new Date('2026-11-30T08:30:00+07:00');
    await logIn();
    const early = (await receiveDossier(t, { procedure: 'ly lich tu phap', cookie: cookies['tuphap.counter']! }))
      .dossier;
    await walkTo(t, late, 'result_ready', officersOf(cookies, 'congan'));
    // The Justice dossier is resolved the day it came: early.
    await walkTo(t, early, 'result_ready', officersOf(cookies, 'tuphap'));
    now = new Date('2026-11-30T10:00:00+07:00');
  });

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
    // Nothing before November: the trend starts with the first month that has dossiers.
    expect(board.trend).toEqual([{ month: '2026-11', received: 3, resolved: 2, onTimeRate: 0.5 }]);
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

  it('keeps a quiet month after the first busy one in the trend, and always the current month', async () => {
    const saved = now;
    now = new Date('2027-01-05T10:00:00+07:00');
    try {
      await logIn(); // a month on, the sessions have lapsed
      const board = (await get('/api/v1/dashboard')).json() as Dashboard;
      expect(board.trend.map((m) => [m.month, m.received, m.resolved])).toEqual([
        ['2026-11', 3, 2],
        ['2026-12', 0, 0],
        ['2027-01', 0, 0],
      ]);
      expect(board.trend[1]!.onTimeRate).toBeNull();
    } finally {
      now = saved;
      await logIn();
    }
  });
});
