import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUser, rating } from '../../db/schema/index.ts';
import { postCommand, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

// Issue 15 item 9: 30 paper forms typed in by one officer lifted an agency's satisfaction from 0.60 to 0.84.
describe('paper and mailbox ratings: referenced, attributable, counted only when linked (core countsInIndex)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-18T09:00:00+07:00') });
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const u of ['director', 'congan.counter']) cookies[u] = await t.login(u);
    // The agency's own tablet ratings: 3 satisfied of 5, 0.60.
    for (const level of ['satisfied', 'satisfied', 'very_satisfied', 'unsatisfied', 'unsatisfied']) {
      const res = await rate({ channel: 'tablet', scores: { attitude: level } });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  const rate = (body: object) => postCommand(t, '/api/v1/ratings', body, cookies['congan.counter']);
  const paper = (formReference: string, dossierCode: string | null = null) =>
    rate({
      channel: 'paper',
      dossierCode,
      formReference,
      scores: { attitude: 'very_satisfied', time: 'very_satisfied' },
    });
  const satisfaction = async () =>
    (await t.app.inject({ url: '/api/v1/dashboard', headers: { cookie: cookies.director! } })).json().satisfaction;
  const indexInputs = async () => {
    const res = await t.app.inject({
      url: '/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30',
      headers: { cookie: cookies.director! },
    });
    const groups = res.json().index.groups as { indicators: { inputs: { key: string; value: number }[] }[] }[];
    const inputs = groups.flatMap((g) => g.indicators.flatMap((i) => i.inputs));
    return Object.fromEntries(
      inputs.filter((i) => i.key === 'ratings' || i.key === 'ratingsSatisfied').map((i) => [i.key, i.value]),
    );
  };

  it('30 unlinked paper forms are stored with their reference and officer, and do not move the index', async () => {
    expect(await satisfaction()).toBeCloseTo(0.6, 10);
    for (let i = 1; i <= 30; i++) {
      const res = await paper(`PG-${i}`);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ formReference: `PG-${i}`, counted: false });
    }
    expect(await satisfaction()).toBeCloseTo(0.6, 10);
    expect(await indexInputs()).toEqual({ ratings: 5, ratingsSatisfied: 3 });
    const entered = await t.database.db
      .select({ by: appUser.username })
      .from(rating)
      .innerJoin(appUser, eq(appUser.id, rating.enteredBy))
      .where(eq(rating.channel, 'paper'));
    expect(entered).toHaveLength(30);
    expect(new Set(entered.map((r) => r.by))).toEqual(new Set(['congan.counter']));
  });

  it('paper forms linked to dossiers of the agency count', async () => {
    for (const ref of ['PG-101', 'PG-102']) {
      const { dossier } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies['congan.counter']! });
      const res = await paper(ref, dossier.code);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().counted).toBe(true);
    }
    expect(await satisfaction()).toBeCloseTo(5 / 7, 10);
    expect(await indexInputs()).toEqual({ ratings: 7, ratingsSatisfied: 5 });
  });

  it('a form reference entered twice is a 409 problem; a missing one a 400 on the field', async () => {
    const again = await paper('PG-7');
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({
      type: 'urn:motcua:problem:rating.duplicate_form_reference',
      title: 'Số phiếu này đã được nhập, mỗi phiếu chỉ nhập một lần',
    });
    // The reference is unique per center and channel: a letter may carry the same number as a paper form.
    const letter = await rate({ channel: 'mailbox', formReference: 'PG-7', scores: { attitude: 'satisfied' } });
    expect(letter.statusCode, letter.body).toBe(201);
    const missing = await rate({ channel: 'mailbox', scores: { attitude: 'satisfied' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { path: 'formReference', message: 'Cần nhập số phiếu (phiếu giấy hoặc thư góp ý)' },
    ]);
  });
});
