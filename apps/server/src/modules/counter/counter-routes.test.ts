import { and, asc, eq, isNotNull, isNull, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agency, appUser, center, counter, counterSession } from '../../db/schema/index.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { DEMO_PASSWORD, type TestAppHandle, useTestApp } from '../../test/test-app.ts';
import { createCounterRepo, currentCounterId } from './counter-repo.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00'); // a Wednesday
/** The name the app shows for an officer: the stored one. */
const nameOf = async (t: TestAppHandle, username: string) =>
  (await t.database.db.select().from(appUser).where(eq(appUser.username, username)))[0]!.fullName;
const userIdOf = async (t: TestAppHandle, username: string) =>
  (await t.database.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username)))[0]!.id;

describe('counters of the center and the officers signed in at them (DESIGN §2)', () => {
  let clock = NOW;
  const t = useTestApp({ now: () => clock });
  const cookies = new Map<string, string>();
  const as = async (username: string) =>
    cookies.get(username) ?? cookies.set(username, await t.login(username)).get(username)!;
  const idByNumber = new Map<number, string>();

  beforeAll(async () => {
    const list = (
      await t.app.inject({ url: '/api/v1/counters', headers: { cookie: await as('congan.counter') } })
    ).json();
    for (const c of list.items) idByNumber.set(c.number, c.id);
  });

  const signIn = async (username: string, number: number) =>
    t.app.inject({
      method: 'POST',
      payload: {},
      url: `/api/v1/counters/${idByNumber.get(number)}/session`,
      headers: { cookie: await as(username) },
    });
  const signOut = async (username: string) =>
    t.app.inject({
      method: 'DELETE',
      payload: {},
      url: '/api/v1/counters/session',
      headers: { cookie: await as(username) },
    });
  const mine = async (username: string) =>
    t.app.inject({ url: '/api/v1/counters/session', headers: { cookie: await as(username) } });
  const openSessions = async (where: { username?: string; number?: number }) => {
    const rows = await t.database.db.select().from(counterSession).where(isNull(counterSession.endedAt));
    const userId = where.username && (await userIdOf(t, where.username));
    return rows.filter(
      (r) => (!userId || r.userId === userId) && (!where.number || r.counterId === idByNumber.get(where.number)),
    );
  };

  it("lists the province center's counters: one per agency, numbered as its code, then the shared desks", async () => {
    const res = await t.app.inject({ url: '/api/v1/counters', headers: { cookie: await as('tuphap.appraiser') } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    // Open counters only (DESIGN §13): those of the six agencies merged away on 2025-07-01 are closed, nnmt's is 25.
    expect(items.map((c: { number: number }) => c.number)).toEqual([
      1, 3, 4, 6, 8, 9, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 30, 31, 32,
    ]);
    expect(items[18]).toMatchObject({ number: 25, agency: { slug: 'nnmt', name: 'Sở Nông nghiệp và Môi trường' } });
    expect(items[18].fields.length).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({
      number: 1,
      name: 'Công an tỉnh',
      agency: { slug: 'congan', name: 'Công an tỉnh' },
      occupant: null,
    });
    expect(items[0].fields.length).toBeGreaterThan(0);
    expect(items[19]).toMatchObject({ number: 30, agency: null, fields: [] });
  });

  it('an officer signs in at their agency’s counter; the list and their session show it', async () => {
    const res = await signIn('congan.counter', 1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      counter: { number: 1, agency: { slug: 'congan' } },
      startedAt: NOW.toISOString(),
    });
    expect((await mine('congan.counter')).json()).toEqual(res.json());
    const list = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie: await as('director') } })).json();
    expect(list.items[0].occupant).toMatchObject({
      fullName: await nameOf(t, 'congan.counter'),
      startedAt: NOW.toISOString(),
    });
    // Signing in again where one sits changes nothing.
    expect((await signIn('congan.counter', 1)).json()).toEqual(res.json());
    expect(await openSessions({ username: 'congan.counter' })).toHaveLength(1);
  });

  it('a counter taken by someone else is refused with 409, naming who sits there, in Vietnamese', async () => {
    const res = await signIn('congan.head', 1);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      type: 'urn:motcua:problem:counter.occupied',
      title: 'Quầy đang có cán bộ khác làm việc',
      detail: `Quầy số 1 đang có cán bộ ${await nameOf(t, 'congan.counter')} làm việc từ 09:00 ngày 25/11/2026.`,
    });
    expect(await openSessions({ username: 'congan.head' })).toHaveLength(0);
  });

  it('signing in at another counter closes the previous session at the same instant', async () => {
    clock = new Date(NOW.getTime() + 30 * 60_000);
    const res = await signIn('congan.counter', 30);
    expect(res.statusCode).toBe(200);
    expect((await mine('congan.counter')).json().counter.number).toBe(30);
    const userId = await userIdOf(t, 'congan.counter');
    const sessions = await t.database.db.select().from(counterSession).where(eq(counterSession.userId, userId));
    const [left, taken] = [
      sessions.find((s) => s.counterId === idByNumber.get(1))!,
      sessions.find((s) => s.endedAt === null)!,
    ];
    expect(left.endedAt?.getTime()).toBe(clock.getTime());
    expect(taken).toMatchObject({ counterId: idByNumber.get(30), startedAt: clock });
    // Counter 1 is free again for the agency's head.
    expect((await signIn('congan.head', 1)).statusCode).toBe(200);
  });

  it('signing out leaves the counter free; doing it twice is harmless; what is received then records no counter', async () => {
    const userId = await userIdOf(t, 'congan.counter');
    expect(await currentCounterId(t.database.db, userId, clock.getTime())).toBe(idByNumber.get(30));
    expect((await signOut('congan.counter')).statusCode).toBe(204);
    expect((await signOut('congan.counter')).statusCode).toBe(204);
    const none = await mine('congan.counter');
    expect(none.statusCode).toBe(404);
    expect(none.json().type).toBe('urn:motcua:problem:counter.not_signed_in');
    expect(await currentCounterId(t.database.db, userId, clock.getTime())).toBeNull();
    expect(await openSessions({ number: 30 })).toHaveLength(0);
  });

  it('a session forgotten overnight is closed at the end of its day by the next officer', async () => {
    expect((await signIn('yte.counter', 11)).statusCode).toBe(200);
    clock = new Date('2026-11-26T08:00:00+07:00');
    cookies.clear(); // yesterday's log-ins have expired
    expect((await signIn('yte.head', 11)).statusCode).toBe(200);
    const [forgotten] = await t.database.db
      .select()
      .from(counterSession)
      .where(eq(counterSession.userId, await userIdOf(t, 'yte.counter')));
    expect(forgotten!.endedAt).toEqual(new Date('2026-11-26T00:00:00+07:00'));
  });

  it('ten officers racing for one desk: exactly one wins, nine are told who did', async () => {
    const racers = (
      await t.database.db
        .select({ username: appUser.username })
        .from(appUser)
        .innerJoin(agency, eq(agency.id, appUser.agencyId))
        .where(like(appUser.username, '%.counter'))
        .orderBy(asc(agency.code))
    )
      .slice(2, 12)
      .map((p) => p.username);
    for (const username of racers) await as(username);
    const answers = await Promise.all(racers.map((username) => signIn(username, 31)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, ...Array(9).fill(409)]);
    const winner = racers[answers.findIndex((r) => r.statusCode === 200)]!;
    for (const lost of answers.filter((r) => r.statusCode === 409))
      expect(lost.json().detail).toContain(await nameOf(t, winner));
    expect(await openSessions({ number: 31 })).toHaveLength(1);
  });

  it('one officer racing themself across counters keeps one open session', async () => {
    const answers = await Promise.all([8, 32, 8, 32, 8].map((number) => signIn('xaydung.head', number)));
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    expect(await openSessions({ username: 'xaydung.head' })).toHaveLength(1);
  });

  it('a closed counter takes no sign-in (409, in Vietnamese) and is still found by id for what names it', async () => {
    const [closed] = await t.database.db
      .select({ id: counter.id, effectiveTo: counter.effectiveTo })
      .from(counter)
      .where(and(eq(counter.number, 2), isNotNull(counter.effectiveTo)));
    expect(closed!.effectiveTo).toBe('2025-06-30');
    const res = await t.app.inject({
      method: 'POST',
      payload: {},
      url: `/api/v1/counters/${closed!.id}/session`,
      headers: { cookie: await as('gtvt.counter') },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ type: 'urn:motcua:problem:counter.closed', title: 'Quầy đã ngừng hoạt động' });
    expect(await openSessions({ username: 'gtvt.counter' })).toHaveLength(0);
    const found = await createCounterRepo(t.database.db).findCounter(closed!.id);
    expect(found?.counter).toMatchObject({ number: 2, name: 'Sở Giao thông vận tải', agency: { slug: 'gtvt' } });
    // Its number is free for an open counter (a partial unique index over the open ones).
    const [province] = await t.database.db.select({ id: center.id }).from(center);
    await t.database.db
      .insert(counter)
      .values({ centerId: province!.id, number: 2, name: 'Quầy số 2 mới', agencyId: null, fieldCodes: [] });
    const list = (
      await t.app.inject({ url: '/api/v1/counters', headers: { cookie: await as('gtvt.counter') } })
    ).json();
    expect(list.items.filter((c: { number: number }) => c.number === 2)).toEqual([
      expect.objectContaining({ name: 'Quầy số 2 mới', agency: null }),
    ]);
  });

  it("another agency's counter is refused", async () => {
    const res = await signIn('tuphap.counter', 1);
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe('urn:motcua:problem:counter.other_agency');
  });

  it('an unknown counter is 404; a malformed id is 400', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      payload: {},
      url: '/api/v1/counters/00000000-0000-4000-8000-000000000000/session',
      headers: { cookie: await as('tuphap.counter') },
    });
    expect(unknown.json().type).toBe('urn:motcua:problem:counter.not_found');
    const malformed = await t.app.inject({
      method: 'POST',
      payload: {},
      url: '/api/v1/counters/1/session',
      headers: { cookie: await as('tuphap.counter') },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('anonymous callers get 401; citizens and appraisers 403', async () => {
    const [centerRow] = await t.database.db.select({ id: center.id }).from(center);
    await t.database.db.insert(appUser).values({
      centerId: centerRow!.id,
      username: 'congdan.test',
      fullName: 'Lê Thị Hoa',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      roles: ['citizen'],
    });
    const desk = `/api/v1/counters/${idByNumber.get(32)}/session`;
    for (const [method, url] of [
      ['GET', '/api/v1/counters'],
      ['POST', desk],
      ['GET', '/api/v1/counters/session'],
      ['DELETE', '/api/v1/counters/session'],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
      expect((await t.app.inject({ method, url, headers: { cookie: await as('congdan.test') } })).statusCode).toBe(403);
    }
    expect(
      (
        await t.app.inject({
          method: 'POST',
          payload: {},
          url: desk,
          headers: { cookie: await as('tuphap.appraiser') },
        })
      ).statusCode,
    ).toBe(403);
  });
});
