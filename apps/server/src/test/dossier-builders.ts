import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ApplicantInput, DossierChannel, ReceiveDossierResponse, ResultDelivery } from '@motcua/core';
import { completeTicks } from './complete-ticks.ts';
import type { TestApp } from './test-app.ts';

/** What the builders need of a test app: its `inject`. */
export type Injector = Pick<TestApp, 'app'>;
type PersonInput = Extract<ApplicantInput, { kind: 'person' }>;
/** A procedure in force as its catalog page shows it: what a reception reads of it. */
export type ProcedureInForce = { code: string; version: number; checklist: { count: number; required: boolean }[] };

/** A person at the counter; a test names the fields its assertions read (`makeApplicant({ phone: '0912 345 678' })`). */
export function makeApplicant(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    kind: 'person',
    fullName: 'Nguyễn Thị Hoa',
    cccd: '022195012300',
    phone: '0912 345 600',
    email: null,
    address: 'Phường Hồng Gai, Hạ Long',
    ...overrides,
  };
}

/** The procedure in force a catalog search lists first ('cap ho chieu'), as the officer would pick it. */
export async function getProcedure(t: Injector, query: string): Promise<ProcedureInForce> {
  const found = await t.app.inject({ url: `/api/v1/procedures?q=${encodeURIComponent(query)}` });
  const code = found.json().items[0]?.code;
  if (!code) throw new Error(`no procedure in force for "${query}"`);
  return (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
}

/** A POST with an Idempotency-Key, as the web sends every command (a fresh key unless the test repeats one). */
export function postCommand(t: Injector, url: string, payload: object, cookie?: string, key: string = randomUUID()) {
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...(cookie ? { cookie } : {}), 'idempotency-key': key },
  });
}

export type Reception = {
  /** A catalog search ('cap ho chieu'), or a procedure already fetched with `getProcedure`. */
  procedure: string | ProcedureInForce;
  /** The counter officer's session. */
  cookie: string;
  /** Default `makeApplicant()`. */
  applicant?: ApplicantInput;
  /** Default: every required item brought (a complete reception). */
  ticks?: { item: number; provided: number }[];
  /** Default: the server's ('direct'). */
  channel?: DossierChannel;
  /** Default 'counter'. */
  resultDelivery?: ResultDelivery;
  /** Sent only when given: the counter the client claims. */
  counterId?: string | null;
  /**
   * Default true for a reception in person (`direct`): the officer signs in at a counter first, as the
   * server requires (DESIGN §2). False receives as the officer sits, at a counter or none.
   */
  atCounter?: boolean;
};

type CounterItem = { id: string; agency: { slug: string } | null; occupant: { userId: string } | null };

/**
 * Signs the officer in at a counter (`POST /counters/{id}/session`): their agency's desk unless another
 * officer sits there, else a free shared desk. Signing in where one sits already changes nothing.
 */
export async function signInAtCounter(t: Injector, cookie: string): Promise<string> {
  const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json();
  const { items } = (await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).json() as {
    items: CounterItem[];
  };
  const free = (c: CounterItem) => c.occupant === null || c.occupant.userId === me.id;
  const own = items.filter((c) => c.agency !== null && c.agency.slug === me.agency?.slug);
  const counter = [...own, ...items.filter((c) => c.agency === null)].find(free);
  if (!counter) throw new Error(`signInAtCounter: no free counter for ${me.username}`);
  const res = await t.app.inject({
    method: 'POST',
    payload: {},
    url: `/api/v1/counters/${counter.id}/session`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return counter.id;
}

/** `POST /api/v1/dossiers` at the counter, the answer as it came: for a test of reception itself. */
export async function postReception(t: Injector, reception: Reception): Promise<LightMyRequestResponse> {
  const { procedure, cookie, applicant = makeApplicant(), ticks, atCounter = true, ...rest } = reception;
  const { code, checklist } = typeof procedure === 'string' ? await getProcedure(t, procedure) : procedure;
  if (atCounter && (rest.channel ?? 'direct') === 'direct') await signInAtCounter(t, cookie);
  return postCommand(
    t,
    '/api/v1/dossiers',
    { resultDelivery: 'counter', ...rest, procedureCode: code, applicant, ticks: ticks ?? completeTicks(checklist) },
    cookie,
  );
}

/** A dossier received at the counter (the answer must be 201): the dossier and its secret. */
export async function receiveDossier(t: Injector, reception: Reception): Promise<ReceiveDossierResponse> {
  const res = await postReception(t, reception);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
