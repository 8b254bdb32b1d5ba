import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelegationTestApp, delegationBody, HOUR, NOW, type DelegationTestApp } from './delegation-test-app.ts';

type Officer = { id: string; username: string; roles: string[]; absentUntil: string | null; delegateId: string | null };

describe('the officer picker and the head creating delegations (DESIGN §1)', () => {
  let t: DelegationTestApp;
  beforeAll(async () => {
    t = await createDelegationTestApp();
  });
  afterAll(() => t.close());

  const officers = async (username: string, query = '') =>
    t.app.inject({ url: `/api/v1/officers${query}`, headers: { cookie: await t.as(username) } });
  const usernames = (items: Officer[]) => items.map((o) => o.username).sort();

  it("lists the caller's agency's appraisers, not another agency's", async () => {
    const res = await officers('congan.counter', '?role=appraiser');
    expect(res.statusCode).toBe(200);
    // The demo's deputy appraises too (demo-people.ts).
    expect(usernames(res.json().items)).toEqual(['congan.appraiser', 'congan.appraiser2', 'congan.deputy']);
    expect(res.json().items.find((o: Officer) => o.username === 'congan.appraiser')).toMatchObject({
      roles: ['appraiser'],
      absentUntil: null,
      delegateId: null,
    });
    const all = usernames((await officers('congan.appraiser')).json().items);
    expect(all).toEqual([
      'congan.appraiser',
      'congan.appraiser2',
      'congan.approver',
      'congan.approver2',
      'congan.counter',
      'congan.deputy',
      'congan.head',
    ]);
    expect(usernames((await officers('tuphap.head', '?role=appraiser')).json().items)).toEqual([
      'tuphap.appraiser',
      'tuphap.deputy',
    ]);
  });

  it('the picker is for officers only; an unknown role is a 400', async () => {
    expect((await t.app.inject({ url: '/api/v1/officers' })).statusCode).toBe(401);
    expect((await officers('director')).statusCode).toBe(403);
    expect((await officers('congan.head', '?role=citizen')).statusCode).toBe(400);
  });

  it("the head hands an appraiser's work to another appraiser for three days", async () => {
    const body = await delegationBody(t, 'congan.appraiser', 'congan.appraiser2', 1, 72, 'Nghỉ phép');
    const res = await t.post('congan.head', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      from: { id: body.fromUserId },
      to: { id: body.toUserId, fullName: 'Trần Quang Bình' },
      startsAt: body.startsAt,
      endsAt: body.endsAt,
      reason: 'Nghỉ phép',
      status: 'scheduled',
      createdBy: { id: await t.idOf('congan.head') },
      createdAt: NOW.toISOString(),
      cancelledAt: null,
      cancelledBy: null,
    });

    t.setClock(new Date(NOW.getTime() + 2 * HOUR));
    const picked = (await officers('congan.head', '?role=appraiser')).json().items as Officer[];
    expect(picked.find((o) => o.id === body.fromUserId)).toMatchObject({
      absentUntil: body.endsAt,
      delegateId: body.toUserId,
    });
    expect(picked.find((o) => o.id === body.toUserId)).toMatchObject({ absentUntil: null, delegateId: null });
    const list = (
      await t.app.inject({ url: '/api/v1/delegations', headers: { cookie: await t.as('congan.head') } })
    ).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: res.json().id, status: 'active' }] });
  });

  it('refuses an overlapping delegation of the same officer, in Vietnamese, naming the period taken', async () => {
    const res = await t.post('congan.head', await delegationBody(t, 'congan.appraiser', 'congan.appraiser2', 48, 96));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:motcua:problem:delegation.overlap',
      title: 'Cán bộ này đã có ủy quyền khác trùng thời gian',
      detail: 'Cán bộ đã được ủy quyền từ 10:00 ngày 25/11/2026 đến 09:00 ngày 28/11/2026.',
      errors: [{ path: 'startsAt', message: 'Cán bộ này đã có ủy quyền khác trùng thời gian' }],
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/delegations',
      payload: await delegationBody(t, 'congan.appraiser', 'congan.appraiser2', 48, 96),
      headers: { cookie: await t.as('congan.head'), 'accept-language': 'en' },
    });
    expect(en.json().title).toBe('This officer already has a delegation in this period');
  });

  it.each([
    [
      'to oneself',
      'congan.appraiser2',
      'congan.appraiser2',
      'delegation.to_self',
      'Không thể ủy quyền cho chính cán bộ vắng mặt',
    ],
    [
      "to another agency's officer",
      'congan.appraiser2',
      'tuphap.appraiser',
      'delegation.other_agency',
      'Chỉ ủy quyền giữa các cán bộ của cơ quan mình',
    ],
    [
      "of another agency's officer",
      'tuphap.appraiser',
      'congan.appraiser2',
      'delegation.other_agency',
      'Chỉ ủy quyền giữa các cán bộ của cơ quan mình',
    ],
    [
      'to an officer without the role',
      'congan.approver',
      'congan.appraiser2',
      'delegation.roles_missing',
      'Người nhận ủy quyền không có đủ vai trò xử lý hồ sơ của cán bộ vắng mặt',
    ],
    [
      'back to the absent officer (a loop)',
      'congan.appraiser2',
      'congan.appraiser',
      'delegation.loop',
      'Ủy quyền này tạo thành vòng, không còn ai xử lý hồ sơ',
    ],
  ])('refuses a delegation %s with 422', async (_name, from, to, code, title) => {
    const res = await t.post('congan.head', await delegationBody(t, from, to, 24, 48));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: `urn:motcua:problem:${code}`, title });
  });

  it('refuses a period that ends before it starts; a malformed instant is a 400', async () => {
    const reversed = await t.post(
      'congan.head',
      await delegationBody(t, 'congan.approver', 'congan.approver2', 48, 24),
    );
    expect(reversed.json()).toMatchObject({
      status: 422,
      type: 'urn:motcua:problem:delegation.period_reversed',
      errors: [{ path: 'endsAt' }],
    });
    const malformed = await t.post('congan.head', {
      ...(await delegationBody(t, 'congan.approver', 'congan.approver2', 24, 48)),
      startsAt: '25/11/2026',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('only an agency head delegates: officers get 403, anonymous callers 401', async () => {
    const body = await delegationBody(t, 'congan.approver', 'congan.approver2', 24, 48);
    expect((await t.post('congan.appraiser', body)).statusCode).toBe(403);
    expect((await t.post('director', body)).statusCode).toBe(403);
    expect((await t.post(null, body)).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/delegations', headers: { cookie: await t.as('congan.approver') } }))
        .statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/delegations' })).statusCode).toBe(401);
  });

  it("another agency's head neither sees nor delegates congan's officers", async () => {
    expect(
      (await t.post('tuphap.head', await delegationBody(t, 'congan.approver', 'congan.approver2', 24, 48))).json().type,
    ).toBe('urn:motcua:problem:delegation.other_agency');
    expect(
      (await t.app.inject({ url: '/api/v1/delegations', headers: { cookie: await t.as('tuphap.head') } })).json(),
    ).toEqual({ items: [], total: 0 });
  });

  it('five overlapping delegations of one officer sent at once: exactly one is created', async () => {
    const bodies = await Promise.all(
      [24, 26, 28, 30, 32].map((start) => delegationBody(t, 'congan.approver', 'congan.approver2', start, start + 24)),
    );
    const answers = await Promise.all(bodies.map((body) => t.post('congan.head', body)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 422, 422, 422, 422]);
    for (const lost of answers.filter((r) => r.statusCode === 422))
      expect(lost.json().type).toBe('urn:motcua:problem:delegation.overlap');
  });

  it('a repeat with the same Idempotency-Key returns the first answer and creates nothing', async () => {
    const body = await delegationBody(t, 'congan.counter', 'congan.head', 200, 210);
    const refused = await t.post('congan.head', body, { 'idempotency-key': 'delegation-key-1' });
    expect(refused.json().type).toBe('urn:motcua:problem:delegation.roles_missing');
    const first = await t.post('congan.head', await delegationBody(t, 'congan.head', 'congan.counter', 200, 210), {
      'idempotency-key': 'delegation-key-2',
    });
    const again = await t.post('congan.head', await delegationBody(t, 'congan.head', 'congan.counter', 200, 210), {
      'idempotency-key': 'delegation-key-2',
    });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    const list = (
      await t.app.inject({
        url: '/api/v1/delegations?page=1&pageSize=1',
        headers: { cookie: await t.as('congan.head') },
      })
    ).json();
    expect(list).toMatchObject({ total: 3, items: [{ id: first.json().id }] });
  });
});
