import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import { makeApplicant, receiveDossier } from '../../test/dossier-builders.ts';
import { DEMO_PASSWORD } from '../../test/test-app.ts';
import { createTraceTestApp } from '../../test/trace-test-app.ts';
import { access } from '../http/route-access.ts';

const PASSWORD = DEMO_PASSWORD;
const CCCD = '022195077731';
const PHONE = '0987 654 321';
const SECRET = 'QX7MPR';
/** Every spelling a value could take in a log line. */
const FORBIDDEN = [CCCD, PHONE, PHONE.replaceAll(' ', ''), SECRET, 'Lương Thị Mỹ Duyên', PASSWORD];

/**
 * Issue 15 item 3 (DESIGN §14): at the most verbose level, a failed query whose parameters carry a CCCD, a phone and
 * a secret, a 500 whose database message quotes a value, a reception's body and a by-code request with the whole QR
 * text leave their request ids in the log and none of their values.
 */
describe('no personal data in logs, at trace level', () => {
  let app: FastifyInstance;
  let logs: string[] = [];
  let close: () => Promise<void> = async () => {};
  const log = () => logs.join('');

  beforeAll(async () => {
    ({ app, logs, close } = await createTraceTestApp((a, db) => {
      // A unique violation (the username is taken) whose parameters carry the values.
      a.post('/api/v1/test/duplicate-user', { config: access.public() }, async (request) => {
        const body = request.body as { cccd: string; phone: string; secret: string };
        const [taken] = await db.select().from(appUser).where(eq(appUser.username, 'director'));
        await db.insert(appUser).values({
          ...taken!,
          id: undefined,
          fullName: `${body.cccd} ${body.phone}`,
          passwordHash: body.secret,
        });
        return {};
      });
      // PostgreSQL quotes the value it refuses: 'invalid input syntax for type uuid: "022195077731"'.
      a.get('/api/v1/test/bad-cast', { config: access.public() }, async (request) => {
        const { phone } = request.query as { phone: string };
        await db.execute(sql`select ${phone}::uuid`);
        return {};
      });
    }));
  });
  afterAll(() => close());

  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    return String(res.headers['set-cookie']).split(';')[0]!;
  };

  it('logs each request by id and none of the values it carried', async () => {
    const ids: string[] = [];
    const duplicate = await app.inject({
      method: 'POST',
      url: `/api/v1/test/duplicate-user?secret=${SECRET}`,
      payload: { cccd: CCCD, phone: PHONE, secret: SECRET },
    });
    expect(duplicate.statusCode).toBe(500);
    ids.push(String(duplicate.headers['x-request-id']));

    const badCast = await app.inject({ url: `/api/v1/test/bad-cast?phone=${encodeURIComponent(CCCD)}` });
    expect(badCast.statusCode).toBe(500);
    ids.push(String(badCast.headers['x-request-id']));

    const counter = await login('congan.counter');
    const applicant = makeApplicant({ fullName: 'Lương Thị Mỹ Duyên', cccd: CCCD, phone: PHONE });
    const received = await receiveDossier({ app }, { procedure: 'cap ho chieu', cookie: counter, applicant });
    const qr = `http://127.0.0.1:3000/tra-cuu?code=${encodeURIComponent(received.dossier.code)}&secret=${received.secret}`;
    const byCode = await app.inject({
      url: `/api/v1/dossiers/by-code/${encodeURIComponent(qr)}`,
      headers: { cookie: counter },
    });
    expect(byCode.statusCode, byCode.body).toBe(200);
    expect(byCode.json().applicant.cccd).toBe(CCCD);
    ids.push(String(byCode.headers['x-request-id']));

    // The failures were logged as errors, by request id, with what they are (SQLSTATE, constraint).
    const errors = logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors.map((e) => e.reqId)).toEqual(ids.slice(0, 2));
    expect(errors[0].err.cause).toMatchObject({ code: '23505', constraint: 'app_user_username_unique' });
    expect(errors[1].err.cause?.code ?? errors[1].err.code).toBe('22P02');
    for (const id of ids) expect(log()).toContain(id);
    expect(log()).toContain('/api/v1/dossiers/by-code/:code');
    for (const value of [...FORBIDDEN, received.secret, encodeURIComponent(qr)]) expect(log()).not.toContain(value);
  });
});
