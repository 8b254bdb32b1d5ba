import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.ts';
import { startRulesWatch, type RulesWatch } from '../../platform/notify/rules-watch.ts';
import { getProcedure, postReception, type ProcedureInForce } from '../../test/dossier-builders.ts';
import { sessionCookie, DEMO_PASSWORD, useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

/**
 * Two server processes on one database (DESIGN §3 "nothing may assume one process"): `here` caches the
 * procedure in force and the calendar while its rules watch hears nothing; a change saved through
 * `there` reaches it by NOTIFY, and its next reception or due moment follows the new rules.
 */
describe('rules cached by one process follow changes made by another', () => {
  const t = useTestApp({ now: () => NOW });
  let there: FastifyInstance;
  let thereRules: RulesWatch;
  let counter: string;
  let passport: ProcedureInForce;
  beforeAll(async () => {
    thereRules = await startRulesWatch(t.database.listen);
    there = await buildApp({
      config: { LOG_LEVEL: 'silent', MOTCUA_COOKIE_SECURE: false, MOTCUA_WEB_DIST: '/nonexistent' },
      db: t.database.db,
      rules: thereRules,
      now: () => NOW,
    });
    counter = await t.login('congan.counter');
    passport = await getProcedure(t, 'cap ho chieu');
  });
  // Registered after useTestApp's, so run before it: `there` goes before the database it shares.
  afterAll(async () => {
    await there.close();
    await thereRules.close();
  });

  const adminThere = async () =>
    sessionCookie(
      await there.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: DEMO_PASSWORD },
      }),
    );
  const receiveHere = () => postReception(t, { procedure: passport, cookie: counter });
  const dueHere = async () =>
    (
      await t.app.inject({
        url: `/api/v1/calendar/due?start=${encodeURIComponent('2026-12-01T07:00:00+07:00')}&workingDays=1`,
      })
    ).json().due;

  it('office hours changed there move the due moments computed here', async () => {
    expect(await dueHere()).toBe('2026-12-01T10:00:00.000Z'); // 17:00 with the default hours
    expect(await dueHere()).toBe('2026-12-01T10:00:00.000Z');
    const admin = await adminThere();
    const hours = {
      ...(await there.inject({ url: '/api/v1/calendar/office-hours' })).json(),
      sessions: [
        { start: '07:00', end: '11:00' },
        { start: '13:00', end: '16:00' },
      ],
    };
    expect(
      (
        await there.inject({
          method: 'PUT',
          url: '/api/v1/calendar/office-hours',
          payload: hours,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(200);
    await vi.waitFor(async () => expect(await dueHere()).toBe('2026-12-01T09:00:00.000Z'), {
      timeout: 5_000,
      interval: 20,
    }); // 16:00
  });

  it('a procedure retired there is no longer received here', async () => {
    expect((await receiveHere()).statusCode).toBe(201);
    expect((await receiveHere()).statusCode).toBe(201);
    const admin = await adminThere();
    const retired = await there.inject({
      method: 'POST',
      url: `/api/v1/procedures/${passport.code}/retire`,
      payload: { baseVersion: passport.version, effectiveTo: '2026-11-24' },
      headers: { cookie: admin },
    });
    expect(retired.statusCode).toBe(204);
    await vi.waitFor(
      async () => expect((await receiveHere()).json().type).toBe('urn:motcua:problem:catalog.procedure_not_found'),
      { timeout: 5_000, interval: 20 },
    );
  });
});
