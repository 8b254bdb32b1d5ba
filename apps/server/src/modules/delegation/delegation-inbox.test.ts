// The inbox's "mine" (DESIGN §1): the delegate carries the absent officer's dossiers during the delegation.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelegationTestApp, delegationBody, type DelegationTestApp } from './delegation-test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Trần Thị Bích Ngọc',
  cccd: '022195012345',
  phone: '0912 345 678',
  email: 'ngoc@example.vn',
  address: 'Phường Hồng Gai, Hạ Long',
};
let t: DelegationTestApp;
beforeAll(async () => {
  t = await createDelegationTestApp();
});
afterAll(() => t.close());

describe('the delegate’s inbox', () => {
  it('mine=true shows the absent officer’s dossiers to the delegate', async () => {
    const code = (await t.app.inject({ url: '/api/v1/procedures?q=cap%20ho%20chieu' })).json().items[0].code;
    const passport = (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
    const ticks = completeTicks(passport.checklist);
    const post = async (url: string, payload: object, user: string) =>
      t.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { cookie: await t.as(user), 'idempotency-key': randomUUID() },
      });
    const received = (
      await post(
        '/api/v1/dossiers',
        { procedureCode: code, applicant: APPLICANT, ticks, resultDelivery: 'counter' },
        'congan.counter',
      )
    ).json();
    const started = await post(
      `/api/v1/dossiers/${received.dossier.id}/transitions`,
      { version: received.dossier.version, transition: 'start_appraisal', payload: {} },
      'congan.appraiser',
    );
    expect(started.statusCode).toBe(200);
    const mine = async (user: string) =>
      (await t.app.inject({ url: '/api/v1/dossiers?mine=true', headers: { cookie: await t.as(user) } })).json().total;
    expect([await mine('congan.appraiser'), await mine('congan.appraiser2')]).toEqual([1, 0]);
    expect(
      (await t.post('congan.head', await delegationBody(t, 'congan.appraiser', 'congan.appraiser2', 0, 5))).statusCode,
    ).toBe(201);
    expect([await mine('congan.appraiser'), await mine('congan.appraiser2')]).toEqual([1, 1]);
  });
});
