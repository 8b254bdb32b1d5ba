import { randomUUID } from 'node:crypto';
import { ruleFor, type Caller } from './authz-policy.ts';
import { DOSSIER_KIND, ENDS_SESSION, EXAMPLES, type RequestParts, type Scope } from './authz-examples.ts';
import { FACTORIES, parameterKeys } from './authz-objects.ts';
import { LOGIN_OF, type World } from './authz-world.ts';

export type Operation = { id: string; method: string; path: string };
/** What a row must answer: a status exactly (a refusal), or anything but a server error (an allowed call). */
export type Expected = { status: 401 | 403 | 404 } | { allowed: true };

/**
 * The expected outcome from the hand-written policy plus the invariant of §1/§13/§15: an allowed caller whose reach
 * is its own agency gets 404 for another agency's or center's object (save a dossier its agency is consulted on,
 * where the rule says so), and everyone gets 404 for another's secret.
 */
export function expectedOf(operation: Operation, caller: Caller, scope: Scope, scoped = true): Expected | undefined {
  const rule = ruleFor(`${operation.method} ${operation.path}`);
  if (rule === undefined) return undefined;
  const allowed = rule.allowed;
  const admitted = allowed === 'anyone' || (caller !== 'anonymous' && (allowed === 'signed-in' || caller in allowed));
  if (!admitted) return { status: caller === 'anonymous' ? 401 : 403 };
  if (scope === 'otherCitizen') return { status: 404 };
  const reach = typeof allowed === 'object' && caller !== 'anonymous' ? allowed[caller] : 'all';
  // §13: a branch's people reach what their branch received, nothing of the province center's own (404);
  // the branch's dossier is its agency's (`own`) for the agency's officers.
  if (reach === 'branch') return !scoped || scope === 'branch' ? { allowed: true } : { status: 404 };
  if (scope === 'branch') return reach === 'center' ? { status: 404 } : { allowed: true };
  if (scope === 'consulted' && reach === 'own' && rule.consulted === 'may') return { allowed: true };
  if (scope === 'consulted' && reach === 'own' && rule.consulted === 'refused') return { status: 403 };
  if ((scope === 'otherAgency' || scope === 'consulted') && reach === 'center') return { status: 403 };
  if (scope !== 'own' && reach !== 'all') return { status: 404 };
  return { allowed: true };
}

/** Builds the row's request from the factories and the examples; `scoped` says whether it named an agency's object. */
export async function requestOf(w: World, operation: Operation, scope: Scope, caller: Caller) {
  const owner = scope === 'otherCitizen' ? 'own' : scope;
  let scoped = false;
  const kind = DOSSIER_KIND[operation.id] ?? 'received';
  let url = operation.path;
  for (const key of parameterKeys(operation.path)) {
    const factory = FACTORIES[key];
    if (!factory) throw new MissingFactory(key);
    scoped ||= factory.scoped;
    url = url.replace(
      key.slice(key.indexOf('/') + 1),
      encodeURIComponent(await factory.make(w, owner, kind, operation.id)),
    );
  }
  const example = EXAMPLES[operation.id];
  const parts: RequestParts = example
    ? await example({
        w,
        owner,
        caller,
        dossier: (k = 'received') => ((scoped = true), w.dossier(owner, k)),
        credential: async (k = 'received') => {
          scoped = true;
          const dossier = await w.dossier(owner, k);
          const other = scope === 'otherCitizen' ? await w.dossier('otherAgency', k) : dossier;
          return { code: dossier.code, secret: other.secret ?? '' };
        },
      })
    : {};
  const query = parts.query ? `?${new URLSearchParams(parts.query)}` : '';
  return { url: `${url}${query}`, parts, scoped };
}

export class MissingFactory extends Error {
  constructor(readonly key: string) {
    super(`no object factory for the path parameter ${key}`);
  }
}

let calls = 0;

/**
 * Calls the operation as the caller, each call from an address of its own: the look-up's per-address limit (DESIGN
 * §14) is tested on its own and would otherwise answer 429 to the matrix's hundreds of look-ups.
 */
export async function call(
  w: World,
  operation: Operation,
  caller: Caller,
  request: Awaited<ReturnType<typeof requestOf>>,
) {
  calls += 1;
  const username = caller === 'anonymous' ? null : LOGIN_OF[caller];
  const own = username && (ENDS_SESSION.has(operation.id) ? w.freshSession(username) : w.session(username));
  const cookie = request.parts.cookie ?? (own ? await own : null);
  const { parts } = request;
  // A body-less command goes as the web client sends it, `{}` as JSON (DESIGN §14: unsafe methods carry JSON).
  const body = parts.body ?? (operation.method !== 'GET' && parts.payload === undefined ? {} : undefined);
  const json = body !== undefined;
  return w.app.inject({
    method: operation.method as 'GET',
    url: request.url,
    remoteAddress: `10.77.${Math.floor(calls / 250) % 250}.${(calls % 250) + 1}`,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(operation.method !== 'GET' ? { 'idempotency-key': randomUUID() } : {}),
      ...(parts.contentType
        ? { 'content-type': parts.contentType }
        : json
          ? { 'content-type': 'application/json' }
          : {}),
    },
    ...(json ? { payload: JSON.stringify(body) } : parts.payload ? { payload: parts.payload } : {}),
  });
}
