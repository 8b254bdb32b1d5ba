import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { productionFirstStart, seedIfEmpty } from '../../db/first-start.ts';
import { appUser } from '../../db/schema/index.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { useTestApp } from '../../test/test-app.ts';
import { createAgencyAdminService } from '../agency/agency-admin-service.ts';
import { createCenterAdminService } from '../center/center-admin-service.ts';
import { orgClient } from '../center/org-test-client.ts';
import { createCounterAdminService } from '../counter/counter-admin-service.ts';
import { createSetupService } from './setup-service.ts';

const now = () => new Date('2026-11-25T09:00:00+07:00');
type Step = { key: string; count: number; done: boolean; ready: boolean };
const states = (steps: Step[]) => steps.map((s) => `${s.key}:${s.done ? 'done' : s.ready ? 'ready' : 'waiting'}`);

describe('the setup guide on the demo (issue 16)', () => {
  const t = useTestApp({ now });
  const { send, anonymous } = orgClient(t);

  it('shows every step done, with its count, to the admin only', async () => {
    const res = await send('GET', '/api/v1/admin/setup');
    expect(res.statusCode).toBe(200);
    const steps: Step[] = res.json().steps;
    expect(states(steps)).toEqual(['center:done', 'agencies:done', 'officers:done', 'counters:done', 'catalog:done']);
    // One open province center; the agencies in force (the 24 less those merged away, plus nnmt).
    expect(steps[0]!.count).toBe(1);
    expect(steps[1]!.count).toBeLessThan(25);
    expect((await send('GET', '/api/v1/admin/setup', undefined, 'director')).statusCode).toBe(403);
    expect((await anonymous('GET', '/api/v1/admin/setup')).statusCode).toBe(401);
  });
});

describe('the setup guide on a new server without demo data (DESIGN §13)', () => {
  let handle: DatabaseHandle | undefined;
  afterAll(() => handle?.close());

  it('starts at the province center and moves on as the admin creates each thing', async () => {
    handle = await createTestDatabase();
    await seedIfEmpty(handle.db, productionFirstStart('a-long-admin-password'));
    const db = handle.db;
    const [admin] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'admin'));
    const actor = { userId: admin!.id };
    const setup = createSetupService({ db, now });
    const step = async () => states((await setup.steps()).steps);
    expect(await step()).toEqual([
      'center:ready',
      'agencies:waiting',
      'officers:waiting',
      'counters:waiting',
      'catalog:waiting',
    ]);

    const center = await createCenterAdminService({ db, now }).create(
      { code: 'A01', name: 'Trung tâm Phục vụ hành chính công tỉnh', level: 'province', validFrom: '2026-01-01' },
      actor,
    );
    expect((await step()).slice(0, 2)).toEqual(['center:done', 'agencies:ready']);

    await createAgencyAdminService({ db, now }).create(
      { code: '000.00.01.A01', slug: 'congan', name: 'Công an tỉnh', validFrom: '2026-01-01', centers: ['A01'] },
      actor,
    );
    await createCounterAdminService({ db, now }).create(
      center.id,
      { number: 1, name: 'Quầy 1', agency: 'congan', fields: [] },
      actor,
    );
    // The admin does not count as an officer: the officers' step waits for the first one.
    expect(await step()).toEqual([
      'center:done',
      'agencies:done',
      'officers:ready',
      'counters:done',
      'catalog:waiting',
    ]);
  });
});
