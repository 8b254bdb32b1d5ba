import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rating } from '../../db/schema/index.ts';
import { postCommand, receiveDossier } from '../../test/dossier-builders.ts';
import { officersOf, walkTo } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('ratings (DESIGN §7)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-18T09:00:00+07:00') });
  const cookies: Record<string, string> = {};
  let dossier: { id: string; code: string; version: number; status: string };
  let secret: string | null;
  beforeAll(async () => {
    for (const u of ['director', 'congan.counter', 'congan.appraiser', 'congan.approver', 'tuphap.counter'])
      cookies[u] = await t.login(u);
    ({ dossier, secret } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies['congan.counter']! }));
  });

  const webRating = (overrides: object = {}) =>
    postCommand(t, '/api/v1/lookup/rating', {
      code: dossier.code,
      secret,
      scores: { attitude: 'very_satisfied', time: 'satisfied' },
      comment: 'Cán bộ nhiệt tình',
      ...overrides,
    });
  const stored = async () =>
    (await t.database.db.select({ n: count() }).from(rating).where(eq(rating.dossierId, dossier.id)))[0]!.n;

  it('refuses a web rating before the result is returned, or with a wrong secret, and stores nothing', async () => {
    const early = await webRating();
    expect(early.statusCode).toBe(422);
    expect(early.json().title).toBe('Hồ sơ chưa trả kết quả nên chưa thể đánh giá');
    expect((await webRating({ secret: 'AAAAAA' })).statusCode).toBe(404);
    expect((await webRating({ scores: {} })).statusCode).toBe(400);
    expect(await stored()).toBe(0);
  });

  const webStatus = (key = secret) =>
    t.app.inject({ url: `/api/v1/lookup/rating?code=${dossier.code}&secret=${encodeURIComponent(key ?? '')}` });

  it('takes one web rating of a returned dossier, even when ten arrive at once, and then says when it was rated', async () => {
    dossier = await walkTo(t, dossier, 'returned', officersOf(cookies, 'congan'));
    expect((await webStatus()).json()).toEqual({ ratedAt: null });
    const answers = await Promise.all(Array.from({ length: 10 }, () => webRating()));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    const rated = answers.find((a) => a.statusCode === 201)!.json();
    expect(rated).toMatchObject({ channel: 'web', overall: 'satisfied' });
    expect(await stored()).toBe(1);
    // What the look-up page asks on every load (a reload included) before it shows the form.
    expect((await webStatus()).json()).toEqual({ ratedAt: rated.ratedAt });
    expect((await webStatus('AAAAAA')).statusCode).toBe(404);
  });

  it('takes a paper form for the same dossier from its agency, not from another agency', async () => {
    const paper = {
      channel: 'paper',
      dossierCode: dossier.code,
      formReference: 'PG-0001',
      scores: { guidance: 'unsatisfied' },
      comment: null,
    };
    expect((await postCommand(t, '/api/v1/ratings', paper, cookies['tuphap.counter'])).statusCode).toBe(404);
    const res = await postCommand(t, '/api/v1/ratings', paper, cookies['congan.counter']);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().overall).toBe('unsatisfied');
    expect((await postCommand(t, '/api/v1/ratings', paper, cookies['congan.counter'])).statusCode).toBe(409);
    expect(
      (await postCommand(t, '/api/v1/ratings', { ...paper, channel: 'web' }, cookies['congan.counter'])).statusCode,
    ).toBe(400);
    expect((await postCommand(t, '/api/v1/ratings', paper)).statusCode).toBe(401);
  });

  it('takes tablet ratings of visits without a dossier, and the dashboard shows the share satisfied', async () => {
    const res = await postCommand(
      t,
      '/api/v1/ratings',
      { channel: 'tablet', scores: { attitude: 'very_satisfied' } },
      cookies['congan.counter'],
    );
    expect(res.statusCode, res.body).toBe(201);
    const board = (await t.app.inject({ url: '/api/v1/dashboard', headers: { cookie: cookies.director! } })).json();
    // Web satisfied, paper not satisfied, tablet very satisfied: 2 of 3.
    expect(board.satisfaction).toBeCloseTo(2 / 3, 10);
    const index = (
      await t.app.inject({
        url: '/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30',
        headers: { cookie: cookies.director! },
      })
    ).json().index;
    const inputs = index.groups.flatMap((g: { indicators: { inputs: { key: string; value: number }[] }[] }) =>
      g.indicators.flatMap((i) => i.inputs),
    );
    expect(inputs.find((i: { key: string }) => i.key === 'ratings').value).toBe(3);
    expect(inputs.find((i: { key: string }) => i.key === 'ratingsSatisfied').value).toBe(2);
  });
});
