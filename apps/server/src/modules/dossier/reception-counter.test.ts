import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierChannel } from '@motcua/core';
import { dossier, rating } from '../../db/schema/index.ts';
import {
  getProcedure,
  postCommand,
  postReception,
  receiveDossier,
  type ProcedureInForce,
} from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

describe('reception records the counter of the officer’s open session (DESIGN §2)', () => {
  let cookie: string;
  let passport: ProcedureInForce;
  let clock = NOW;
  const t = useTestApp({ now: () => clock });
  beforeAll(async () => {
    cookie = await t.login('congan.counter');
    passport = await getProcedure(t, 'cap ho chieu');
  });
  /** As the officer sits: no sign-in by the builder. */
  const dossierCount = async () => (await t.database.db.select({ id: dossier.id }).from(dossier)).length;
  /** A reception in person by an officer at no counter: refused with its own problem, nothing written. */
  const refusedInPerson = async () => {
    const before = await dossierCount();
    const res = await postReception(t, { procedure: passport, cookie, atCounter: false });
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe('urn:motcua:problem:dossier.counter_sign_in_required');
    expect(res.json().title).toMatch(/chưa đăng nhập vào quầy/);
    expect(await dossierCount()).toBe(before);
  };
  const receive = async (counterId: string | null, channel: DossierChannel = 'direct') => {
    const received = await receiveDossier(t, { procedure: passport, cookie, counterId, channel, atCounter: false });
    const [row] = await t.database.db
      .select({ counterId: dossier.counterId })
      .from(dossier)
      .where(eq(dossier.id, received.dossier.id));
    return row!.counterId;
  };

  it('takes the counter from the session, ignoring what the client says', async () => {
    const counters = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json().items;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          payload: {},
          url: `/api/v1/counters/${counters[0].id}/session`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
    expect(await receive(null)).toBe(counters[0].id);
    expect(await receive(counters[5].id)).toBe(counters[0].id);
    expect(await receive('not-a-uuid')).toBe(counters[0].id);
    // The counter's tablet rates the officer at that counter (DESIGN §7).
    const rated = await postCommand(
      t,
      '/api/v1/ratings',
      { channel: 'tablet', scores: { attitude: 'very_satisfied' } },
      cookie,
    );
    expect(rated.statusCode).toBe(201);
    const [stored] = await t.database.db
      .select({ counterId: rating.counterId })
      .from(rating)
      .where(eq(rating.id, rated.json().id));
    expect(stored!.counterId).toBe(counters[0].id);
    expect(
      (await t.app.inject({ method: 'DELETE', payload: {}, url: '/api/v1/counters/session', headers: { cookie } }))
        .statusCode,
    ).toBe(204);
    await refusedInPerson();
    // A dossier sent by post is opened wherever the officer works: at no counter, it names none.
    expect(await receive(counters[0].id, 'post')).toBeNull();
  });

  it('a dossier sent by post names the counter the officer sits at, if any', async () => {
    const counters = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json().items;
    const postal = counters.find(
      (c: { agency: unknown; name: string }) => c.agency === null && /bưu chính/.test(c.name),
    );
    await t.app.inject({
      method: 'POST',
      payload: {},
      url: `/api/v1/counters/${postal.id}/session`,
      headers: { cookie },
    });
    expect(await receive(null, 'post')).toBe(postal.id);
    await t.app.inject({ method: 'DELETE', payload: {}, url: '/api/v1/counters/session', headers: { cookie } });
  });

  it('a session left open overnight is forgotten: the next day records no counter, and the officer sits nowhere', async () => {
    const counters = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json().items;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          payload: {},
          url: `/api/v1/counters/${counters[0].id}/session`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
    clock = new Date('2026-11-25T23:59:00+07:00');
    cookie = await t.login('congan.counter');
    expect(await receive(null)).toBe(counters[0].id);
    clock = new Date('2026-11-26T07:45:00+07:00');
    cookie = await t.login('congan.counter'); // yesterday's log-in has expired
    await refusedInPerson();
    expect(await receive(null, 'post')).toBeNull();
    const rated = await postCommand(
      t,
      '/api/v1/ratings',
      { channel: 'tablet', scores: { attitude: 'satisfied' } },
      cookie,
    );
    const [stored] = await t.database.db
      .select({ counterId: rating.counterId })
      .from(rating)
      .where(eq(rating.id, rated.json().id));
    expect(stored!.counterId).toBeNull();
    expect((await t.app.inject({ url: '/api/v1/counters/session', headers: { cookie } })).statusCode).toBe(404);
    // Signing in again today counts from now on.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          payload: {},
          url: `/api/v1/counters/${counters[0].id}/session`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
    expect(await receive(null)).toBe(counters[0].id);
  });
});
