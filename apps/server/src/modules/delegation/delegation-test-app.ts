import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { appUser } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createDelegationService, type DelegationService } from './delegation-service.ts';

/** A Wednesday morning at the center (UTC+7). */
export const NOW = new Date('2026-11-25T09:00:00+07:00');
export const HOUR = 3_600_000;

/** Extra officers of the tests, each a copy of a demo log-in's account (same password, agency, roles). */
const EXTRA = [
  { username: 'congan.appraiser2', fullName: 'Trần Quang Bình', copyOf: 'congan.appraiser' },
  { username: 'congan.approver2', fullName: 'Phạm Thu Hà', copyOf: 'congan.approver' },
] as const;

export type DelegationTestApp = TestApp & {
  setClock: (at: Date) => void;
  service: () => DelegationService;
  /** The session cookie of a log-in, made once per clock period. */
  as: (username: string) => Promise<string>;
  idOf: (username: string) => Promise<string>;
  post: (username: string | null, payload: object, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

/** The app with the delegation routes on the test's database and a clock the test moves. */
export async function createDelegationTestApp(): Promise<DelegationTestApp> {
  let clock = NOW;
  const t = await createTestApp({ now: () => clock });
  const db = t.database.db;
  const service = createDelegationService({ db, now: () => clock });
  for (const extra of EXTRA) {
    const [model] = await db.select().from(appUser).where(eq(appUser.username, extra.copyOf));
    await db
      .insert(appUser)
      .values({ ...model!, id: undefined, username: extra.username, fullName: extra.fullName, createdAt: undefined });
  }
  const cookies = new Map<string, string>();
  const as = async (username: string) =>
    cookies.get(username) ?? cookies.set(username, await t.login(username)).get(username)!;
  return {
    ...t,
    setClock: (at) => {
      clock = at;
      cookies.clear(); // a log-in lasts 12 hours
    },
    service: () => service,
    as,
    idOf: async (username) =>
      (await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username)))[0]!.id,
    post: async (username, payload, headers = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/delegations',
        payload,
        headers: { ...headers, ...(username ? { cookie: await as(username) } : {}) },
      }),
  };
}

/** A request body from log-ins and hours after NOW. */
export async function delegationBody(
  t: DelegationTestApp,
  from: string,
  to: string,
  startHours: number,
  endHours: number,
  reason = 'Đi công tác',
) {
  return {
    fromUserId: await t.idOf(from),
    toUserId: await t.idOf(to),
    startsAt: new Date(NOW.getTime() + startHours * HOUR).toISOString(),
    endsAt: new Date(NOW.getTime() + endHours * HOUR).toISOString(),
    reason,
  };
}
