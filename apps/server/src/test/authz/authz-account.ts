import { sql } from 'drizzle-orm';
import { resultRows } from '../../db/result-rows.ts';
import { DEMO_PASSWORD } from '../test-app.ts';
import { standIn } from './authz-org.ts';
import type { Caller } from './authz-policy.ts';
import type { World } from './authz-world.ts';

/** The citizens' account routes in the matrix (issue 18): each allowed call gets what it needs to succeed. */
let made = 0;
const PERSON = {
  fullName: 'Lê Thị Ma Trận',
  cccd: '022195008888',
  phone: '0912888888',
  birthDate: '1990-02-03',
  address: 'Cẩm Phả',
};
const NEW_PASSWORD = 'Ma trận quyền đổi mật khẩu 2026';
// Each world request from an address of its own: the mails of codes are limited per address (DESIGN §14).
const from = () => `10.78.${Math.floor(made / 250) % 250}.${(made % 250) + 1}`;

const post = (w: World, url: string, payload: object) =>
  w.inject({ method: 'POST', url, payload, remoteAddress: from() }, [202, 200, 204]);

/** The six digits of the newest mail to `to` (the outbox holds it). */
async function codeMailedTo(w: World, to: string): Promise<string> {
  const rows = resultRows<{ text: string }>(
    await w.db.execute(
      sql`select payload->>'text' as text from outbox where payload->>'to' = ${to} order by id desc limit 1`,
    ),
  );
  const code = /: (\d{6})/.exec(rows[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`world: no code mailed to ${to}`);
  return code;
}

/** A registration waiting for its code: its id and the code from the mailbox. */
async function registration(w: World) {
  const email = `matrix.dangky${++made}@example.com`;
  const sent = await post(w, '/api/v1/auth/register', { ...PERSON, email, password: NEW_PASSWORD });
  return { email, id: sent.json().id as string, code: await codeMailedTo(w, email) };
}

/** A verified citizen of its own, for the calls that change or end an account. */
async function citizen(w: World) {
  const r = await registration(w);
  const res = await post(w, '/api/v1/auth/register/verify', { id: r.id, code: r.code });
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { ...r, cookie };
}

const ownSession = async (w: World, caller: Caller) =>
  caller === 'anonymous' ? {} : { cookie: await standIn(w, caller) };

export const ACCOUNT_EXAMPLES = {
  postAuthRegister: async () => ({
    body: { ...PERSON, email: `matrix.moi${++made}@example.com`, password: NEW_PASSWORD },
  }),
  postAuthRegisterVerify: async ({ w }: { w: World }) => {
    const r = await registration(w);
    return { body: { id: r.id, code: r.code } };
  },
  postAuthPasswordReset: async () => ({ body: { email: `matrix.quen${++made}@example.com` } }),
  postAuthPasswordResetConfirm: async ({ w }: { w: World }) => {
    const { email } = await citizen(w);
    const asked = await post(w, '/api/v1/auth/password-reset', { email });
    return { body: { id: asked.json().id, code: await codeMailedTo(w, email), newPassword: `${NEW_PASSWORD}!` } };
  },
  // A citizen of its own deletes itself: the matrix's citizen keeps its account.
  postMyAccountDelete: async ({ w, caller }: { w: World; caller: Caller }) =>
    caller === 'citizen'
      ? { body: { password: NEW_PASSWORD }, cookie: (await citizen(w)).cookie }
      : { body: { password: DEMO_PASSWORD } },
  // Signing out elsewhere from a copy of the caller: the matrix's own sessions stay.
  postAuthSessionsSignOutOthers: async ({ w, caller }: { w: World; caller: Caller }) => ownSession(w, caller),
  deleteAuthSessionsById: async ({ w, caller }: { w: World; caller: Caller }) =>
    caller === 'anonymous' ? {} : { cookie: await w.freshSession(SESSION_OWNER) },
  // The name alone: the matrix's citizen has no profile yet (a profile needs its CCCD first).
  patchMyProfile: async () => ({ body: { fullName: 'Công Dân Ma Trận' } }),
};

/** The account whose sessions `DELETE /auth/sessions/{id}` names: a fresh one of its sessions, per call. */
const SESSION_OWNER = 'congan.head';

export const ACCOUNT_FACTORIES = {
  'sessions/{id}': {
    scoped: false,
    make: async (w: World) => {
      const cookie = await w.freshSession(SESSION_OWNER);
      const list = await w.inject({ url: '/api/v1/auth/sessions', headers: { cookie } });
      return (list.json() as { id: string; current: boolean }[]).find((s) => s.current)!.id;
    },
  },
};
