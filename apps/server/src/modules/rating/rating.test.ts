import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rating } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Đỗ Quang Huy',
  cccd: '022195012349',
  phone: '0912 345 672',
  email: null,
  address: 'Phường Hồng Hải, Hạ Long',
};

describe('ratings (DESIGN §7)', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let dossier: { id: string; code: string; version: number };
  let secret: string;
  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-18T09:00:00+07:00') });
    for (const u of ['director', 'congan.counter', 'congan.appraiser', 'congan.approver', 'tuphap.counter'])
      cookies[u] = await t.login(u);
    const code = (await t.app.inject({ url: '/api/v1/procedures?q=cap%20ho%20chieu' })).json().items[0].code;
    const procedure = (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { cookie: cookies['congan.counter']!, 'idempotency-key': randomUUID() },
      payload: {
        procedureCode: code,
        applicant: APPLICANT,
        ticks: completeTicks(procedure.checklist),
        resultDelivery: 'counter',
      },
    });
    dossier = res.json().dossier;
    secret = res.json().secret;
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...(cookie ? { cookie } : {}), 'idempotency-key': randomUUID() },
    });
  const step = async (transition: string, payload: object, cookie: string) => {
    const res = await post(
      `/api/v1/dossiers/${dossier.id}/transitions`,
      { version: dossier.version, transition, payload },
      cookie,
    );
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json();
  };
  const webRating = (overrides: object = {}) =>
    post('/api/v1/lookup/rating', {
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

  it('takes one web rating of a returned dossier, even when ten arrive at once', async () => {
    await step('start_appraisal', { assigneeId: null }, cookies['congan.appraiser']!);
    await step(
      'propose_approval',
      { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null },
      cookies['congan.appraiser']!,
    );
    await step('approve', { resultNumber: 'HC-1', note: null }, cookies['congan.approver']!);
    await step('prepare_result', { resultDocumentId: null }, cookies['congan.counter']!);
    await step('return_result', { delivery: 'counter', recipient: null, note: null }, cookies['congan.counter']!);
    const answers = await Promise.all(Array.from({ length: 10 }, () => webRating()));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(answers.find((a) => a.statusCode === 201)!.json()).toMatchObject({ channel: 'web', overall: 'satisfied' });
    expect(await stored()).toBe(1);
  });

  it('takes a paper form for the same dossier from its agency, not from another agency', async () => {
    const paper = { channel: 'paper', dossierCode: dossier.code, scores: { guidance: 'unsatisfied' }, comment: null };
    expect((await post('/api/v1/ratings', paper, cookies['tuphap.counter'])).statusCode).toBe(404);
    const res = await post('/api/v1/ratings', paper, cookies['congan.counter']);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().overall).toBe('unsatisfied');
    expect((await post('/api/v1/ratings', paper, cookies['congan.counter'])).statusCode).toBe(409);
    expect((await post('/api/v1/ratings', { ...paper, channel: 'web' }, cookies['congan.counter'])).statusCode).toBe(
      400,
    );
    expect((await post('/api/v1/ratings', paper)).statusCode).toBe(401);
  });

  it('takes tablet ratings of visits without a dossier, and the dashboard shows the share satisfied', async () => {
    const res = await post(
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
