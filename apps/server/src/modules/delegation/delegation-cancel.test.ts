import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegatedWorkers } from './delegation-service.ts';
import { createDelegationTestApp, delegationBody, HOUR, NOW, type DelegationTestApp } from './delegation-test-app.ts';

describe('whose work an officer carries, and cancelling a delegation (DESIGN §1)', () => {
  let t: DelegationTestApp;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    t = await createDelegationTestApp();
    for (const username of [
      'congan.head',
      'congan.appraiser',
      'congan.appraiser2',
      'congan.approver',
      'congan.approver2',
    ])
      ids.set(username, await t.idOf(username));
  });
  afterAll(() => t.close());

  const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
  const id = (username: string) => ids.get(username)!;
  const delegate = async (from: string, to: string, startHours: number, endHours: number) => {
    const res = await t.post('congan.head', await delegationBody(t, from, to, startHours, endHours));
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const cancel = async (username: string, delegationId: string) =>
    t.app.inject({
      method: 'POST',
      payload: {},
      url: `/api/v1/delegations/${delegationId}/cancel`,
      headers: { cookie: await t.as(username) },
    });
  let appraiserAway = '';
  let approverAway = '';

  it('gives the absent officer to the delegate during the period, chains included, and nobody after it', async () => {
    appraiserAway = await delegate('congan.appraiser', 'congan.appraiser2', 1, 24);
    const db = t.database.db;
    expect(await delegatedWorkers(db, id('congan.appraiser2'), at(0))).toEqual([]);
    expect(await delegatedWorkers(db, id('congan.appraiser2'), at(1))).toEqual([id('congan.appraiser')]);
    expect(await delegatedWorkers(db, id('congan.appraiser'), at(2))).toEqual([]);
    expect(await delegatedWorkers(db, id('congan.appraiser2'), at(24))).toEqual([]);
    // The head is away too, his work given to the approver, who is away: both go to the second approver.
    approverAway = await delegate('congan.approver', 'congan.approver2', 0, 10);
    await delegate('congan.head', 'congan.approver', 0, 10);
    expect((await delegatedWorkers(db, id('congan.approver2'), at(5))).sort()).toEqual(
      [id('congan.approver'), id('congan.head')].sort(),
    );
    expect(await delegatedWorkers(db, id('congan.approver'), at(5))).toEqual([]);
    expect(await delegatedWorkers(db, id('congan.approver2'), at(10))).toEqual([]);
  });

  it('the head cancels once: the officer is back at once, a second cancellation is a 409', async () => {
    t.setClock(at(3));
    const res = await cancel('congan.head', appraiserAway);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: appraiserAway,
      status: 'cancelled',
      cancelledAt: at(3).toISOString(),
      cancelledBy: { id: id('congan.head') },
    });
    expect(await delegatedWorkers(t.database.db, id('congan.appraiser2'), at(4))).toEqual([]);

    const again = await cancel('congan.head', appraiserAway);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      type: 'urn:motcua:problem:delegation.already_cancelled',
      title: 'Ủy quyền đã được hủy',
    });
    // What the cancelled one no longer covers is free for another delegation.
    await delegate('congan.appraiser', 'congan.appraiser2', 3, 20);
  });

  it('an ended delegation cannot be cancelled', async () => {
    t.setClock(at(11));
    const res = await cancel('congan.head', approverAway);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      type: 'urn:motcua:problem:delegation.already_ended',
      title: 'Ủy quyền đã hết thời hạn',
    });
  });

  it("another agency's head gets 404, an officer 403, anonymous callers 401", async () => {
    const [latest] = (
      await t.app.inject({ url: '/api/v1/delegations', headers: { cookie: await t.as('congan.head') } })
    ).json().items;
    expect(latest.status).toBe('active');
    expect((await cancel('tuphap.head', latest.id)).statusCode).toBe(404);
    expect((await cancel('congan.appraiser', latest.id)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', payload: {}, url: `/api/v1/delegations/${latest.id}/cancel` })).statusCode,
    ).toBe(401);
    expect((await cancel('congan.head', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await cancel('congan.head', 'not-a-uuid')).statusCode).toBe(400);
    expect((await cancel('congan.head', latest.id)).json().status).toBe('cancelled');
  });
});
