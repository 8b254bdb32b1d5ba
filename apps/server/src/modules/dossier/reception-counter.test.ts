import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossier, rating } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const APPLICANT = {
  kind: 'person',
  fullName: 'Trần Thị Bích Ngọc',
  cccd: '022195012345',
  phone: '0912 345 678',
  email: 'ngoc@example.vn',
  address: 'Phường Hồng Gai, Hạ Long',
};

describe('reception records the counter of the officer’s open session', () => {
  let t: TestApp;
  let cookie: string;
  let passport: { code: string; checklist: { count: number; required: boolean }[] };
  let clock = NOW;
  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    cookie = await t.login('congan.counter');
    const code = (await t.app.inject({ url: '/api/v1/procedures?q=cap%20ho%20chieu' })).json().items[0].code;
    passport = (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
  });
  afterAll(() => t.close());
  const receive = async (counterId: string | null) => {
    const ticks = completeTicks(passport.checklist);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      payload: { procedureCode: passport.code, applicant: APPLICANT, ticks, resultDelivery: 'counter', counterId },
      headers: { cookie, 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.database.db
      .select({ counterId: dossier.counterId })
      .from(dossier)
      .where(eq(dossier.id, res.json().dossier.id));
    return row!.counterId;
  };

  it('takes the counter from the session, ignoring what the client says', async () => {
    const counters = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json().items;
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/counters/${counters[0].id}/session`, headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    expect(await receive(null)).toBe(counters[0].id);
    expect(await receive(counters[5].id)).toBe(counters[0].id);
    expect(await receive('not-a-uuid')).toBe(counters[0].id);
    // The counter's tablet rates the officer at that counter (DESIGN §7).
    const rated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ratings',
      payload: { channel: 'tablet', scores: { attitude: 'very_satisfied' } },
      headers: { cookie, 'idempotency-key': randomUUID() },
    });
    expect(rated.statusCode).toBe(201);
    const [stored] = await t.database.db
      .select({ counterId: rating.counterId })
      .from(rating)
      .where(eq(rating.id, rated.json().id));
    expect(stored!.counterId).toBe(counters[0].id);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/counters/session', headers: { cookie } })).statusCode,
    ).toBe(204);
    expect(await receive(counters[0].id)).toBeNull();
  });

  it('a session left open overnight is forgotten: the next day records no counter, and the officer sits nowhere', async () => {
    const counters = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json().items;
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/counters/${counters[0].id}/session`, headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    clock = new Date('2026-11-25T23:59:00+07:00');
    cookie = await t.login('congan.counter');
    expect(await receive(null)).toBe(counters[0].id);
    clock = new Date('2026-11-26T07:45:00+07:00');
    cookie = await t.login('congan.counter'); // yesterday's log-in has expired
    expect(await receive(null)).toBeNull();
    const rated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ratings',
      payload: { channel: 'tablet', scores: { attitude: 'satisfied' } },
      headers: { cookie, 'idempotency-key': randomUUID() },
    });
    const [stored] = await t.database.db
      .select({ counterId: rating.counterId })
      .from(rating)
      .where(eq(rating.id, rated.json().id));
    expect(stored!.counterId).toBeNull();
    expect((await t.app.inject({ url: '/api/v1/counters/session', headers: { cookie } })).statusCode).toBe(404);
    // Signing in again today counts from now on.
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/counters/${counters[0].id}/session`, headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    expect(await receive(null)).toBe(counters[0].id);
  });
});
