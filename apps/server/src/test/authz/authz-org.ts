import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../test-app.ts';
import type { Caller } from './authz-policy.ts';
import { LOGIN_OF, type World } from './authz-world.ts';

/**
 * The objects of the admin's organisation routes (issue 16), each a throwaway the admin makes for the row: closing,
 * ending, deactivating or resetting one of the matrix's own callers or the demo's desks would break the rows after.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LAST_DAY = { validTo: '2026-12-31' };
/** A password the policy accepts (DESIGN §13: ≥ 12 characters, not common, not the username). */
const NEW_PASSWORD = 'ma-tran-doi-mat-khau-2026';

let made = 0;
/** A number of its own per made object: codes, slugs, usernames and desk numbers are unique. */
const next = () => ++made;
const pad = (n: number, width: number) => String(n % 10 ** width).padStart(width, '0');
const admin = (w: World) => w.session('admin').then((cookie) => ({ cookie }));

async function post(w: World, url: string, payload: object, expected?: number[]) {
  return (await w.inject({ method: 'POST', url, headers: await admin(w), payload }, expected)).json();
}

/** The open province center's code, read from the public list (DESIGN §11 org), not written here. */
const provinceCode = (w: World) =>
  w.once('province', async () => {
    const centers = (await w.inject({ url: '/api/v1/centers' })).json() as {
      code: string;
      level: string;
      validTo: string | null;
    }[];
    return centers.find((c) => c.level === 'province' && c.validTo === null)!.code;
  });

/** A commune-level center under the province (DESIGN §13: communes from 2025-07-01), with a four-group code. */
const centerBody = async (w: World) => {
  const n = next();
  return {
    code: `${pad(n, 3)}.77.77.X01`,
    name: `Trung tâm thử ma trận ${n}`,
    level: 'commune',
    parentCode: await provinceCode(w),
    validFrom: '2026-01-01',
    address: `Số ${n} đường Thử`,
  };
};

const agencyBody = async (w: World) => {
  const n = next();
  return {
    code: `${pad(n, 3)}.77.66.X01`,
    slug: `matrix_${n}`,
    name: `Cơ quan thử ma trận ${n}`,
    validFrom: '2026-01-01',
    centers: [await provinceCode(w)],
  };
};

/** A shared desk (no agency, no fields: DESIGN §2 post and returns), so that any center may have it. */
const counterBody = () => ({ number: (next() % 999) + 1, name: 'Quầy thử' });

/** A counter officer of Công an at the province center; `email` sends the password-setting link instead. */
const officerBody = async (w: World, delivery: 'temporary' | 'email' = 'temporary') => {
  const n = next();
  return {
    username: `matrix.officer${n}`,
    fullName: `Cán bộ thử ma trận ${n}`,
    email: `matrix.officer${n}@canbo.thu.vn`,
    center: await provinceCode(w),
    agency: 'congan',
    roles: ['counter'],
    delivery,
  };
};

const throwawayCenter = (w: World) =>
  w.once('org:center', async () => (await post(w, '/api/v1/centers', await centerBody(w))).id as string);

export const ORG_FACTORIES = {
  'centers/{id}': { scoped: false, make: (w: World) => throwawayCenter(w) },
  'agencies/{id}': {
    scoped: false,
    make: (w: World) =>
      w.once('org:agency', async () => (await post(w, '/api/v1/agencies', await agencyBody(w))).id as string),
  },
  'users/{id}': {
    scoped: false,
    make: (w: World, _owner: unknown, _kind: unknown, operationId: string) =>
      w.once(`org:officer:${operationId}`, async () => {
        const { id } = await post(w, '/api/v1/users', await officerBody(w));
        // Reactivating needs an officer to reactivate.
        if (operationId === 'postUsersByIdReactivate') await post(w, `/api/v1/users/${id}/deactivate`, {});
        return id as string;
      }),
  },
};

/** A desk of a throwaway center, for the admin's edit and close (the demo's desks serve the officers' rows). */
export const adminCounter = (w: World) =>
  w.once('org:counter', async () => {
    const center = await throwawayCenter(w);
    return (await post(w, `/api/v1/centers/${center}/counters`, counterBody())).id as string;
  });

/** The officers as the admin exports them: a valid import (the round trip changes nothing). */
const officerWorkbook = async (w: World) =>
  (await w.inject({ url: '/api/v1/users/export.xlsx', headers: await admin(w) })).rawPayload;

export const officerImport = (w: World) =>
  w.once('org:import', async () => {
    const headers = { ...(await admin(w)), 'content-type': XLSX };
    const payload = await officerWorkbook(w);
    const res = await w.inject({ method: 'POST', url: '/api/v1/officer-imports', headers, payload }, [200, 201, 202]);
    return res.json().id as string;
  });

/**
 * A signed-in copy of the caller's account (same roles, agency, center and password): changing a password ends the
 * account's other sessions, which would sign the matrix's own caller out of every row after.
 */
export async function standIn(w: World, caller: Exclude<Caller, 'anonymous'>): Promise<string> {
  const username = `matrix.standin${next()}`;
  await w.db.execute(sql`
    insert into app_user (center_id, agency_id, username, full_name, password_hash, roles)
    select center_id, agency_id, ${username}, full_name, password_hash, roles from app_user
    where username = ${LOGIN_OF[caller]}`);
  return w.freshSession(username);
}

/** The token of a password-setting link mailed to a new officer (DESIGN §13: the outbox holds the mail). */
async function setupToken(w: World): Promise<string> {
  const body = await officerBody(w, 'email');
  await post(w, '/api/v1/users', body);
  const result = await w.db.execute(
    sql`select payload::text as payload from outbox where payload::text like ${`%${body.email}%`} order by id desc`,
  );
  const rows = (result as unknown as { rows: { payload: string }[] }).rows;
  const token = rows.map((r) => /token(?:=|\\?":\s*\\?")([A-Za-z0-9_-]{16,})/.exec(r.payload)?.[1]).find(Boolean);
  if (!token) throw new Error(`world: no password link mailed to ${body.email}`);
  return token;
}

/** The examples of the organisation routes (see EXAMPLES). */
export const ORG_EXAMPLES = {
  postCenters: async ({ w }: { w: World }) => ({ body: await centerBody(w) }),
  patchCentersById: async () => ({ body: { name: 'Trung tâm thử ma trận (đã sửa)' } }),
  postCentersByIdClose: async () => ({ body: LAST_DAY }),
  postCentersByIdCounters: async () => ({ body: counterBody() }),
  postAgencies: async ({ w }: { w: World }) => ({ body: await agencyBody(w) }),
  patchAgenciesById: async () => ({ body: { name: 'Cơ quan thử ma trận (đã sửa)' } }),
  postAgenciesByIdEnd: async () => ({ body: LAST_DAY }),
  patchCountersById: async () => ({ body: { name: 'Quầy thử (đã sửa)' } }),
  postCountersByIdClose: async () => ({ body: LAST_DAY }),
  postUsers: async ({ w }: { w: World }) => ({ body: await officerBody(w) }),
  patchUsersById: async () => ({ body: { fullName: 'Cán bộ thử ma trận (đã sửa)' } }),
  postUsersByIdPasswordReset: async () => ({ body: { delivery: 'temporary' } }),
  postOfficerImports: async ({ w }: { w: World }) => ({ payload: await officerWorkbook(w), contentType: XLSX }),
  postAuthPassword: async ({ w, caller }: { w: World; caller: Caller }) => ({
    body: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    ...(caller === 'anonymous' ? {} : { cookie: await standIn(w, caller) }),
  }),
  postAuthPasswordSetup: async ({ w }: { w: World }) => ({
    body: { token: await setupToken(w), newPassword: NEW_PASSWORD },
  }),
};
