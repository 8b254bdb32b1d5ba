import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resultRows } from '../../db/result-rows.ts';
import { center } from '../../db/schema/index.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { DEMO_PASSWORD, useTestApp, type TestAppHandle } from '../../test/test-app.ts';
import { seedDemoDossiers } from '../dossiers-seed.ts';
import { DEMO_OWNER } from './plan-citizen.ts';

type Own = { id: string; status: string; channel: string; fee: unknown; form: { fields: Record<string, string> } };

async function seedLive(t: TestAppHandle, now: Date): Promise<void> {
  const [province] = await t.database.db.select({ id: center.id }).from(center);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const options = { now, passwordHash, liveScale: 0.01, periods: ['live'] as const, worker: false };
  await t.database.db.transaction((tx) => seedDemoDossiers(tx, province!.id, options, () => {}));
}

describe.each(['2026-11-25T09:00:00+07:00', '2027-02-10T21:00:00+07:00'])(
  `${DEMO_OWNER}'s portal in the demo seeded at %s (issue 19)`,
  (at) => {
    const now = new Date(at);
    const t = useTestApp({ now: () => now });
    const rows = async <T>(query: ReturnType<typeof sql>) => resultRows<T>(await t.database.db.execute(query));

    it('holds a draft, a submitted fee-bearing dossier with stored documents, a returned one with its result', async () => {
      await seedLive(t, now);
      const own = await rows<Own>(sql`select d.id, d.status, d.channel, d.details->'feePayment' as fee,
          d.online_form as form from dossier d join app_user u on u.id = d.owner_id
        where u.username = ${DEMO_OWNER} order by d.submitted_at desc`);
      const submitted = own.find((d) => d.status === 'submitted' && d.fee === null)!;
      expect(submitted).toMatchObject({ channel: 'online', form: { fields: { submittedByOther: 'no' } } });
      const returned = own.find((d) => d.status === 'returned' && d.channel === 'online')!;
      expect(returned).toBeDefined();

      const documents = await rows<{ dossier: string; kind: string; stored: boolean }>(sql`
        select dossier_id as dossier, kind, citizen_document_id is not null as stored from dossier_document
        where dossier_id in (${submitted.id}, ${returned.id}) order by kind`);
      expect(documents).toEqual(
        expect.arrayContaining([
          { dossier: submitted.id, kind: 'scan', stored: true },
          { dossier: returned.id, kind: 'scan', stored: true },
          { dossier: returned.id, kind: 'result', stored: false },
        ]),
      );
      const [draft] = await rows<{ fields: Record<string, string> }>(sql`select form->'fields' as fields
        from online_draft o join app_user u on u.id = o.owner_id where u.username = ${DEMO_OWNER}`);
      expect(draft!.fields.fullName).toBeTruthy();

      // Through the portal: the stored uploads and the returned dossier's result, kept once.
      const cookie = await t.login(DEMO_OWNER);
      const res = await t.app.inject({ url: '/api/v1/my/documents?pageSize=100', headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      const store = res.json();
      const sources = store.items.map((d: { source: string }) => d.source);
      expect(sources).toContain('upload');
      expect(sources).toContain('result');
      const used = store.items.find((d: { uses: number; firstCheckedAt: string | null }) => d.firstCheckedAt);
      expect(used).toMatchObject({ uses: 1, source: 'upload' });
    });
  },
);
