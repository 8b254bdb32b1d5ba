import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Lý Thị Mai',
  cccd: '022195012352',
  phone: '0912 345 675',
  email: null,
  address: 'Phường Hà Khánh, Hạ Long',
};

describe('officers named by a command belong to the dossier’s agency', () => {
  let t: TestApp;
  let dossier: { id: string; version: number };
  const cookies: Record<string, string> = {};
  const idOf = async (username: string) =>
    (await t.database.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username)))[0]!.id;
  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
    for (const u of ['congan.counter', 'congan.appraiser', 'congan.head']) cookies[u] = await t.login(u);
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
  });
  afterAll(() => t.close());

  const step = (transition: string, payload: object, username: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/transitions`,
      payload: { version: dossier.version, transition, payload },
      headers: { cookie: cookies[username]!, 'idempotency-key': randomUUID() },
    });

  it('refuses another agency’s officer or a made-up id, and changes nothing', async () => {
    for (const assigneeId of [await idOf('tuphap.appraiser'), 'not-an-officer', randomUUID()]) {
      const res = await step('start_appraisal', { assigneeId }, 'congan.appraiser');
      expect(res.statusCode).toBe(422);
      expect(res.json().title).toBe('Cán bộ được giao không thuộc cơ quan giải quyết hồ sơ');
    }
    const seen = (
      await t.app.inject({ url: `/api/v1/dossiers/${dossier.id}`, headers: { cookie: cookies['congan.appraiser']! } })
    ).json();
    expect(seen.version).toBe(dossier.version);
  });

  it('takes an officer of the agency', async () => {
    const res = await step('start_appraisal', { assigneeId: await idOf('congan.appraiser') }, 'congan.appraiser');
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json();
    const reassigned = await step('reassign', { assigneeId: await idOf('tuphap.head'), note: null }, 'congan.head');
    expect(reassigned.statusCode).toBe(422);
  });
});
