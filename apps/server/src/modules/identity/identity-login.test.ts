import { NATIONAL_PORTAL_CLAIMS } from '@motcua/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { appUser, citizenProfile } from '../../db/schema/index.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { identityLogin, identityRun, PUBLIC_URL, sessionOf, type Person } from './identity-flow.ts';
import {
  LOCAL_PROVIDER_SCOPE,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
} from './local-provider/local-provider.ts';

const CALLBACK = `${PUBLIC_URL}/api/v1/auth/identity/callback`;
let provider: LocalIdentityProvider;
let database: DatabaseHandle;
let app: FastifyInstance;
const logs: string[] = [];

async function appWith(identity: boolean): Promise<FastifyInstance> {
  const built = await buildApp({
    config: {
      LOG_LEVEL: 'info',
      MOTCUA_COOKIE_SECURE: false,
      MOTCUA_WEB_DIST: '/nonexistent',
      MOTCUA_PUBLIC_URL: PUBLIC_URL,
      identity: identity
        ? {
            issuer: provider.issuer,
            clientId: 'motcua-test',
            clientSecret: null,
            scope: LOCAL_PROVIDER_SCOPE,
            claims: NATIONAL_PORTAL_CLAIMS,
            label: 'VNeID',
            test: true,
          }
        : undefined,
    },
    db: database.db,
    logStream: new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  });
  await built.ready();
  return built;
}

beforeAll(async () => {
  provider = await startLocalIdentityProvider({ redirectUris: [CALLBACK], clientId: 'motcua-test' });
  database = await createTestDatabase();
  app = await appWith(true);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await provider?.close();
});

const person = (n: number): Person => ({
  identityNumber: `0012030000${String(n).padStart(2, '0')}`,
  fullName: `Nguyễn Văn Thử ${n}`,
  birthDate: '01/02/2003',
});
const profileOf = async (cccd: string) =>
  database.db.select().from(citizenProfile).where(eq(citizenProfile.cccd, cccd));
const meOf = async (session: string) =>
  (await app.inject({ url: '/api/v1/me', headers: { cookie: `motcua_session=${session}` } })).json<{ id: string }>();

async function citizen(username: string, cccd: string | null): Promise<{ id: string; session: string }> {
  const [user] = await database.db
    .insert(appUser)
    .values({
      username,
      fullName: 'Trần Thị Tự Khai',
      passwordHash: await hashPassword('mat-khau-thu-1'),
      roles: ['citizen'],
    })
    .returning({ id: appUser.id });
  if (cccd) {
    const at = new Date();
    await database.db.insert(citizenProfile).values({ userId: user!.id, cccd, createdAt: at, updatedAt: at });
  }
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: 'mat-khau-thu-1' },
  });
  expect(login.statusCode, login.body).toBe(200);
  return { id: user!.id, session: sessionOf(login)! };
}

describe('the national identity log-in', () => {
  it('says it is offered, and that this provider is a test one', async () => {
    const res = await app.inject({ url: '/api/v1/auth/identity-provider' });
    expect(res.json()).toEqual({ enabled: true, label: 'VNeID', test: true });
  });

  it('creates a verified account for a new identity, then signs the same account in', async () => {
    const res = await identityLogin(app, provider.issuer, person(1));
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/tai-khoan');
    const first = await meOf(sessionOf(res)!);
    const [profile] = await profileOf(person(1).identityNumber);
    expect(profile).toMatchObject({ userId: first.id, birthDate: '2003-02-01' });
    expect(profile!.identityVerifiedAt).toBeInstanceOf(Date);
    const [user] = await database.db.select().from(appUser).where(eq(appUser.id, first.id));
    expect(user).toMatchObject({ fullName: 'Nguyễn Văn Thử 1', roles: ['citizen'], email: null, centerId: null });
    expect(user!.username).toMatch(/^dinhdanh\.[a-z0-9]{8}$/);

    const again = await identityLogin(app, provider.issuer, person(1));
    expect((await meOf(sessionOf(again)!)).id).toBe(first.id);
  });

  it('never signs in an account whose number was only declared', async () => {
    const declared = await citizen('tu.khai', person(2).identityNumber);
    const res = await identityLogin(app, provider.issuer, person(2));
    expect(res.headers.location).toBe('/tai-khoan');
    expect((await meOf(sessionOf(res)!)).id).not.toBe(declared.id);
    const profiles = await profileOf(person(2).identityNumber);
    expect(profiles.find((p) => p.userId === declared.id)!.identityVerifiedAt).toBeNull();
  });

  it('verifies the signed-in citizen who links, and refuses a number verified on another account', async () => {
    const linking = await citizen('lien.ket', null);
    const res = await identityLogin(app, provider.issuer, person(3), { session: linking.session, link: true });
    expect(res.headers.location).toBe('/tai-khoan');
    expect((await meOf(sessionOf(res)!)).id).toBe(linking.id);
    const [profile] = await profileOf(person(3).identityNumber);
    expect(profile).toMatchObject({ userId: linking.id });
    expect(profile!.identityVerifiedAt).toBeInstanceOf(Date);

    const other = await citizen('nguoi.khac', null);
    const taken = await identityLogin(app, provider.issuer, person(3), { session: other.session, link: true });
    expect(taken.headers.location).toBe('/dang-nhap?loi=identity.linked_elsewhere');
    expect(sessionOf(taken)).toBeUndefined();
  });

  it('refuses a link without a signed-in citizen', async () => {
    const res = await app.inject({ url: '/api/v1/auth/identity/start?link=1' });
    expect(res.statusCode).toBe(401);
  });

  it('fails a callback with a wrong or absent state, from another browser, or replayed', async () => {
    const failed = '/dang-nhap?loi=identity.login_failed';
    const run = await identityRun(app, provider.issuer, person(4));
    const code = run.callback.searchParams.get('code')!;
    expect((await run.finish(`code=${code}`)).headers.location).toBe(failed);
    expect((await run.finish(`code=${code}&state=wrong`)).headers.location).toBe(failed);

    const foreign = await identityRun(app, provider.issuer, person(4));
    expect((await foreign.finish(undefined, 'another-browsers-state')).headers.location).toBe(failed);

    const once = await identityRun(app, provider.issuer, person(4));
    expect((await once.finish()).headers.location).toBe('/tai-khoan');
    const replay = await once.finish();
    expect(replay.headers.location).toBe(failed);
    expect(sessionOf(replay)).toBeUndefined();
  });

  it('fails an answer without a valid identity number', async () => {
    const res = await identityLogin(app, provider.issuer, { ...person(5), identityNumber: '12345' });
    expect(res.headers.location).toBe('/dang-nhap?loi=identity.login_failed');
  });

  it('two first log-ins of one number at once end on one account', async () => {
    const runs = [
      await identityRun(app, provider.issuer, person(8)),
      await identityRun(app, provider.issuer, person(8)),
    ];
    const answers = await Promise.all(runs.map((r) => r.finish()));
    expect(answers.map((a) => a.headers.location)).toEqual(['/tai-khoan', '/tai-khoan']);
    const ids = await Promise.all(answers.map(async (a) => (await meOf(sessionOf(a)!)).id));
    expect(ids[0]).toBe(ids[1]);
    expect(await profileOf(person(8).identityNumber)).toHaveLength(1);
  });

  it('refuses a disabled account', async () => {
    const first = await identityLogin(app, provider.issuer, person(7));
    const { id } = await meOf(sessionOf(first)!);
    await database.db.update(appUser).set({ disabled: true }).where(eq(appUser.id, id));
    const again = await identityLogin(app, provider.issuer, person(7));
    expect(again.headers.location).toBe('/dang-nhap?loi=auth.account_disabled');
    expect(sessionOf(again)).toBeUndefined();
  });

  it('logs no identity number, name nor birth date (DESIGN §14)', () => {
    expect(logs.some((l) => l.includes('identity log-in refused'))).toBe(true);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const p = person(n);
      const personal = logs.filter((l) =>
        [p.identityNumber, p.fullName, '2003-02-01', p.birthDate].some((v) => l.includes(v)),
      );
      expect(personal).toEqual([]);
    }
  });

  it('keeps the return path on this site', async () => {
    const run = await identityRun(app, provider.issuer, person(6), { returnTo: '//evil.example/x' });
    expect((await run.finish()).headers.location).toBe('/tai-khoan');
  });

  it('is not offered when not configured', async () => {
    const bare = await appWith(false);
    try {
      expect((await bare.inject({ url: '/api/v1/auth/identity-provider' })).json()).toEqual({
        enabled: false,
        label: 'VNeID',
        test: false,
      });
      const start = await bare.inject({ url: '/api/v1/auth/identity/start' });
      expect(start.statusCode).toBe(404);
      expect(start.json().type).toMatch(/identity\.not_configured$/);
    } finally {
      await bare.close();
    }
  });
});
