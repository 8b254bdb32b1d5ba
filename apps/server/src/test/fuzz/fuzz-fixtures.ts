import { ROLE_LOGIN_SUFFIX } from '@motcua/core';
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { agency, appUser, center } from '../../db/schema/index.ts';
import { tinyPdf } from '../../../../../packages/core/src/document/testing.ts';
import { getProcedure, postCommand, receiveDossier } from '../dossier-builders.ts';
import type { TestApp } from '../test-app.ts';

/** The fuzzer's citizen (the reference demo has no citizen accounts): made by `makePathObjects`. */
const CITIZEN = 'fuzz.citizen';

/** A demo log-in per role (DESIGN §11); the agency roles in Công an, whose procedure the dossier is of. */
export function usernameOf(role: string): string | undefined {
  if (role === 'admin' || role === 'director') return role;
  if (role === 'citizen') return CITIZEN;
  const suffix = ROLE_LOGIN_SUFFIX[role as keyof typeof ROLE_LOGIN_SUFFIX];
  return suffix ? `congan.${suffix}` : undefined;
}

/**
 * Real objects for path parameters, by the collection the parameter follows in the path (`/dossiers/{id}` →
 * `dossiers`): a route added later with a new collection fails the fuzzer, naming it, until one is added here.
 * They are made before the fuzzer counts the tables.
 */
export async function makePathObjects(t: TestApp, login: (role: string) => Promise<string>) {
  // A citizen with the demo's password (copied from an officer's row), for the citizens' own routes.
  await t.database.db.execute(sql`insert into app_user (username, full_name, password_hash, roles)
    select ${CITIZEN}, 'Công dân thử', password_hash, array['citizen'] from app_user where username = 'congan.counter'`);
  const counter = await login('counter');
  const head = await login('agency_head');
  const director = await login('director');
  const admin = await login('admin');
  const procedure = await getProcedure(t, 'cap ho chieu');
  const received = await receiveDossier(t, { procedure, cookie: counter });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBeLessThan(300);
    return JSON.parse(res.body);
  };
  const document = ok(
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents?name=scan.pdf&kind=scan',
      headers: { cookie: counter, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(tinyPdf(1)),
    }),
  );
  const rules = ok(await t.app.inject({ url: '/api/v1/calendar/holiday-rules' }));
  const counters = ok(await t.app.inject({ url: '/api/v1/counters', headers: { cookie: counter } }));
  const officers = ok(await t.app.inject({ url: '/api/v1/officers', headers: { cookie: head } })).items;
  const delegation = ok(
    await postCommand(
      t,
      '/api/v1/delegations',
      {
        fromUserId: officers.find((o: { username: string }) => o.username === 'congan.appraiser').id,
        toUserId: officers.find((o: { username: string }) => o.username === 'congan.deputy').id,
        startsAt: '2030-01-01T08:00:00+07:00',
        endsAt: '2030-01-05T08:00:00+07:00',
        reason: 'Nghỉ phép',
      },
      head,
    ),
  );
  const exported = ok(
    await postCommand(t, '/api/v1/reports/exports', { kind: 'ledger', from: '2025-01-01', to: '2025-01-31' }, director),
  );
  const workbook = await t.app.inject({ url: '/api/v1/catalog/export.xlsx', headers: { cookie: admin } });
  const imported = ok(
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/imports',
      headers: { cookie: admin, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: workbook.rawPayload,
    }),
  );
  const org = await orgObjects(t);
  return {
    byCollection: {
      ...org,
      dossiers: received.dossier.id,
      'by-code': received.dossier.code,
      forms: 'supplement.pdf',
      documents: document.id,
      procedures: procedure.code,
      versions: String(procedure.version),
      'holiday-rules': rules[0].rule.id,
      years: '2026',
      notices: '2026',
      counters: counters.items[0].id,
      delegations: delegation.id,
      exports: exported.id,
      imports: imported.id,
      // A job id that is not an officer import: its route answers 404, never a 500, to whatever the fuzzer sends.
      'officer-imports': imported.id,
      // A session handle of no one's session: ending one's own is no bad input, and a real one would write.
      sessions: '0'.repeat(20),
    } as Record<string, string>,
    /** The long jobs the objects started: the fuzzer waits for them before it counts. */
    jobs: [`/api/v1/reports/exports/${exported.id}`, director, `/api/v1/catalog/imports/${imported.id}`, admin],
  };
}

/**
 * The organisation's objects (issue 16), read from the tables so that they exist whichever routes do: the province
 * center, an agency, and an officer the fuzzer never signs in as (a deactivation that slipped through would fail the
 * count of written rows, not the fuzzer's own sessions).
 */
async function orgObjects(t: TestApp): Promise<Record<string, string>> {
  const db = t.database.db;
  const [province] = await db.select({ id: center.id }).from(center).where(eq(center.level, 'province')).limit(1);
  const [congan] = await db.select({ id: agency.id }).from(agency).where(eq(agency.slug, 'congan'));
  const [officer] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'tuphap.counter'));
  return { centers: province!.id, agencies: congan!.id, users: officer!.id };
}
