import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';
import { mutationArb, operationsOf, SAFE_METHODS, type Operation } from './fuzz-inputs.ts';
import { fuzzRequest } from './fuzz-request.ts';
import { makePathObjects, usernameOf } from './fuzz-fixtures.ts';

/** `npm test` runs 20 inputs per operation; `npm run bench -- fuzz` 1,000 (FUZZ_RUNS). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/**
 * Tables a refused request may still write by design: the log-in and look-up failure counters (a wrong password is a
 * failure) and the log of views of personal data (Decree 13/2023: every view is recorded).
 */
const WRITTEN_BY_DESIGN = new Set(['login_failure', 'personal_data_access']);

async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: name } of (tables as unknown as { rows: { table_name: string }[] }).rows) {
    if (WRITTEN_BY_DESIGN.has(name)) continue;
    const result = await t.database.db.execute(sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
  return counts;
}

/**
 * Issue 15 "Fuzzing": every operation of the OpenAPI document, as a role it allows and on real path objects, gets
 * fast-check inputs from its schema (unsafe text, 100 kB, wrong types, bad dates, SQL/HTML, wrong content types) on a
 * database of its own with no background worker: always a 4xx problem+json or, for a safe method, a 2xx; never a 500;
 * nothing written.
 */
describe('fuzzing every operation', () => {
  let t: TestApp;
  const sessions = new Map<string, string>();
  const login = async (role: string) => {
    const username = usernameOf(role);
    if (!username) throw new Error(`no demo log-in for the role ${role}`);
    if (!sessions.has(role)) sessions.set(role, await t.login(username));
    return sessions.get(role)!;
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it(
    `${RUNS} inputs per operation: never a 500, always problem+json, nothing written`,
    async () => {
      const { operations, sample } = operationsOf(t.app.swagger());
      const objects = await makePathObjects(t, login);
      await waitForJobs(t, objects.jobs);
      const missing = operations.flatMap((op) =>
        op.path.split('/').flatMap((segment, i, all) => {
          const collection = all[i - 1] ?? '';
          return /^\{\w+\}$/.test(segment) && !objects.byCollection[collection] ? [`${op.path} (${collection})`] : [];
        }),
      );
      expect(missing, 'path parameters with no real object').toEqual([]);
      // Every session the fuzzer uses is opened before it counts (a log-in writes one).
      for (const op of operations) await cookieFor(op, login);
      const before = await tableCounts(t);
      const failures: string[] = [];
      let inputs = 0;
      let serverErrors = 0;
      for (const op of operations) {
        const cookie = await cookieFor(op, login);
        const base = baseOf(op, objects.byCollection, sample);
        await fc.assert(
          fc.asyncProperty(mutationArb(SAFE_METHODS.has(op.method), op.body !== undefined), async (mutation) => {
            inputs++;
            const request = fuzzRequest(op, base, mutation, cookie);
            const res = await t.app.inject(request);
            if (res.statusCode >= 500) serverErrors++;
            const problem = String(res.headers['content-type']).startsWith('application/problem+json');
            // A browser flow's redirect (the identity log-in) is fine when declared, and only into this site.
            const location = String(res.headers.location ?? '');
            const ownRedirect = op.redirects && /^\/(?![/\\])/.test(location);
            const fine =
              (res.statusCode >= 400 && res.statusCode < 500 && problem) ||
              (res.statusCode < 300 && SAFE_METHODS.has(op.method)) ||
              (res.statusCode >= 300 && res.statusCode < 400 && SAFE_METHODS.has(op.method) && ownRedirect);
            if (!fine)
              failures.push(
                `${op.method} ${request.url?.toString().slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 160)}`,
              );
            return true;
          }),
          { numRuns: RUNS },
        );
      }
      const after = await tableCounts(t);
      console.log(
        `fuzz: ${operations.length} operations × ${RUNS} inputs = ${inputs} requests, ${serverErrors} answered 500, ${failures.length} not a 4xx problem (or a 2xx read)`,
      );
      expect(failures.slice(0, 20)).toEqual([]);
      expect(serverErrors).toBe(0);
      expect(after).toEqual(before);
      // About 30 ms a request on a loaded machine: 1,000 runs of 64 operations take most of an hour.
    },
    Math.max(300_000, RUNS * 100 * 60),
  );
});

async function cookieFor(op: Operation, login: (role: string) => Promise<string>): Promise<string | undefined> {
  if (op.access.scope === 'public') return undefined;
  return login(op.access.roles[0] ?? 'director');
}

function baseOf(op: Operation, byCollection: Record<string, string>, sample: (s: object) => unknown) {
  const params: Record<string, string> = {};
  const segments = op.path.split('/');
  segments.forEach((segment, i) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name) params[name] = byCollection[segments[i - 1]!]!;
  });
  const query = Object.fromEntries(Object.entries(op.query).map(([name, schema]) => [name, sample(schema)]));
  return { params, query, body: op.body ? sample(op.body) : undefined };
}

/** The export and the import the fixtures started write until they end: the fuzzer counts after. */
async function waitForJobs(t: TestApp, jobs: string[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 2) {
    for (let attempt = 0; attempt < 300; attempt++) {
      const job = (await t.app.inject({ url: jobs[i]!, headers: { cookie: jobs[i + 1]! } })).json();
      if (!['queued', 'running', 'pending'].includes(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
