// The inbox's "mine" (DESIGN §1): the delegate carries the absent officer's dossiers during the delegation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { createDelegationTestApp, delegationBody, type DelegationTestApp } from './delegation-test-app.ts';
let t: DelegationTestApp;
beforeAll(async () => {
  t = await createDelegationTestApp();
});
afterAll(() => t.close());

describe('the delegate’s inbox', () => {
  it('mine=true shows the absent officer’s dossiers to the delegate', async () => {
    const { dossier } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: await t.as('congan.counter') });
    const started = await postTransition(t, dossier, 'start_appraisal', {}, await t.as('congan.appraiser'));
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
