import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('officers named by a command belong to the dossier’s agency', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  let dossier: { id: string; version: number };
  const cookies: Record<string, string> = {};
  const idOf = async (username: string) =>
    (await t.database.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username)))[0]!.id;
  beforeAll(async () => {
    for (const u of ['congan.counter', 'congan.appraiser', 'congan.head']) cookies[u] = await t.login(u);
    ({ dossier } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies['congan.counter']! }));
  });

  const step = (transition: string, payload: object, username: string) =>
    postTransition(t, dossier, transition, payload, cookies[username]!);

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
