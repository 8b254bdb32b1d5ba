import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useTestApp } from '../test-app.ts';
import { CALLERS } from './authz-policy.ts';
import { OWNERS, createWorld } from './authz-world.ts';
import { addSecondCenter } from './second-center.ts';
import { call, expectedOf, MissingFactory, requestOf, type Operation } from './authz-row.ts';
import { unmaskedFields } from './authz-personal-data.ts';
import type { Scope } from './authz-examples.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const SNAPSHOT = fileURLToPath(new URL('./authz-matrix.snapshot.json', import.meta.url));
/** Reads first, writes next, removals last: a destructive call never takes an object a later row needs. */
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Routes that cannot answer 2xx to any caller by their nature, each with its reason (the matrix checks their
 * refusals all the same); every other route reaches a 2xx with the examples' bodies and files.
 */
const NO_2XX_BY_NATURE: Record<string, string> = {
  getAuthIdentityStart:
    'a browser redirect to the identity provider (302), 404 without one; identity-login.test.ts runs it whole',
  getAuthIdentityCallback: 'a browser redirect back into the app (302) whatever happened; identity-login.test.ts',
};

type DocOperation = { operationId: string; 'x-motcua-access'?: { scope: string; roles: string[] } };
type Doc = { paths: Record<string, Record<string, DocOperation>> };

/** One line a reviewer reads: `own-agency: counter, agency_head`. */
const declaredAccess = (op: DocOperation) => {
  const rule = op['x-motcua-access'];
  return rule ? `${rule.scope}${rule.roles.length > 0 ? `: ${rule.roles.join(', ')}` : ''}` : 'undeclared';
};

function operationsOf(doc: Doc): Operation[] {
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ id: op.operationId, method: method.toUpperCase(), path })),
    )
    .sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
}

/** Issue 15 "Authorization matrix": every operation of the OpenAPI document × every caller × every owner. */
describe('authorization matrix, generated from the OpenAPI document', () => {
  const t = useTestApp({ now: () => NOW });

  it('keeps each route’s declared access in a reviewed snapshot (UPDATE_SNAPSHOT=1 rewrites it)', () => {
    const doc = t.app.swagger() as unknown as Doc;
    const declared = Object.fromEntries(
      operationsOf(doc)
        .map((op) => [`${op.path} ${op.method}`, declaredAccess(doc.paths[op.path]![op.method.toLowerCase()]!)])
        .sort(([a], [b]) => a!.localeCompare(b!)),
    );
    if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(declared, null, 2)}\n`);
    expect(existsSync(SNAPSHOT), 'no snapshot yet: run once with UPDATE_SNAPSHOT=1 and review it').toBe(true);
    expect(declared).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });

  it('answers every caller as the hand-written policy says, no foreign object, no unmasked field', async () => {
    const search = async (q: string) => (await t.app.inject({ url: `/api/v1/procedures?${q}` })).json().items[0].code;
    const own = await search(`q=${encodeURIComponent('cap ho chieu')}`);
    const { procedure: otherCenter } = await addSecondCenter(t.database.db, DEMO_PASSWORD, own);
    const otherAgency = await search('agency=tuphap');
    const w = createWorld(t, { own, otherAgency, otherCenter, consulted: otherAgency, branch: own });
    await w.procedure('otherCenter'); // in force once the rules watch has heard the new procedure

    const failures: string[] = [];
    const perRoute: string[] = [];
    let checked = 0;
    let unexpected2xx = 0;
    for (const operation of operationsOf(t.app.swagger() as unknown as Doc)) {
      const name = `${operation.method} ${operation.path}`;
      let successes = 0;
      let scopes: Scope[] = ['own'];
      for (let s = 0; s < scopes.length; s++) {
        const scope = scopes[s]!;
        for (const caller of CALLERS) {
          // Before the request is built, as if it named an object: whether the call may consume the world's objects.
          const admitted = expectedOf(operation, caller, scope);
          if (!admitted) {
            failures.push(`${name}: no rule of the hand-written policy matches it`);
            break;
          }
          if (operation.method !== 'GET' && 'allowed' in admitted) w.fresh();
          let request;
          try {
            request = await requestOf(w, operation, scope, caller);
          } catch (error) {
            if (!(error instanceof MissingFactory)) throw error;
            failures.push(`${name}: ${error.message}`);
            break;
          }
          if (s === 0 && request.scoped && scopes.length === 1)
            scopes = [
              ...OWNERS,
              ...(isLookup(operation) ? ['otherCitizen' as const] : []),
              ...(BRANCH_SCOPED.test(name) ? ['branch' as const] : []),
            ];
          const expected = expectedOf(operation, caller, scope, request.scoped)!;
          const res = await call(w, operation, caller, request);
          checked += 1;
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          const row = `${name} as ${caller} on ${scope}'s`;
          if ('status' in expected) {
            if (ok) unexpected2xx += 1;
            if (res.statusCode !== expected.status)
              failures.push(`${row}: ${res.statusCode}, expected ${expected.status}`);
          } else if (res.statusCode >= 500) {
            failures.push(`${row}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
          if (!ok) continue;
          successes += 1;
          const leaked = await unmaskedFields(res, caller, w.applicants);
          if (leaked.length > 0) failures.push(`${row}: unmasked ${leaked.join(', ')}`);
        }
        if (failures.at(-1)?.startsWith(`${name}: `)) break;
      }
      perRoute.push(`${String(successes).padStart(3)} × 2xx  ${name}`);
      if (successes === 0 && !NO_2XX_BY_NATURE[operation.id]) failures.push(`${name}: no allowed caller got a 2xx`);
    }
    const total = operationsOf(t.app.swagger() as unknown as Doc).length;
    console.log(
      `${perRoute.join('\n')}\nauthorization matrix: ${total} operations × ${CALLERS.length} callers × their scopes = ${checked} calls, unexpected 2xx ${unexpected2xx}`,
    );
    expect(failures).toEqual([]);
    expect(unexpected2xx).toBe(0);
  }, 300_000);
});

/** The routes of a dossier and its documents: also called on the dossier a branch received (§13). */
const BRANCH_SCOPED =
  /^(GET \/api\/v1\/(dossiers|documents)\/|POST \/api\/v1\/dossiers\/\{id\}\/(transitions|secret)$)/;

/** The citizen's look-ups: a dossier's code with another dossier's secret must find nothing (§15). */
const isLookup = (operation: Operation) => operation.path.startsWith('/api/v1/lookup');
