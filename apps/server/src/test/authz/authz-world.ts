import type { ApplicantInput } from '@motcua/core';
import type { InjectOptions } from 'fastify';
import { completeTicks } from '../complete-ticks.ts';
import { receiveDossier, type ProcedureInForce } from '../dossier-builders.ts';
import { postTransition, walkTo } from '../dossier-walk.ts';
import type { TestAppHandle } from '../test-app.ts';
import { CITIZEN, OTHER_CENTER_AGENCY } from './second-center.ts';
import type { Caller } from './authz-policy.ts';

/**
 * Whose object a call names: the caller's agency's, another agency's of the same center, another center's, or
 * another agency's dossier on which the caller's agency is consulted (§1: officers see those too, masked, §14);
 * `branch`: the caller's agency's dossier received at the commune branch `000.30.01.H49` (§13), named by the rows
 * of the dossiers' and documents' routes only (`BRANCH_SCOPED`).
 */
export type Owner = 'own' | 'otherAgency' | 'otherCenter' | 'consulted' | 'branch';
export const OWNERS: readonly Owner[] = ['own', 'otherAgency', 'otherCenter', 'consulted'];
/** The demo branch whose people are the matrix's `branch_counter` and `center_director` (demo-branches.ts). */
const BRANCH_LOGIN = '000.30.01.h49';
export const AGENCY_OF: Record<Owner, string> = {
  own: 'congan',
  branch: 'congan',
  otherAgency: 'tuphap',
  consulted: 'tuphap',
  otherCenter: OTHER_CENTER_AGENCY,
};

/** The log-in of each caller: the agency roles are the `own` agency's officers. */
export const LOGIN_OF: Record<Exclude<Caller, 'anonymous'>, string> = {
  citizen: CITIZEN,
  counter: 'congan.counter',
  appraiser: 'congan.appraiser',
  approver: 'congan.approver',
  agency_head: 'congan.head',
  director: 'director',
  admin: 'admin',
  branch_counter: `${BRANCH_LOGIN}.counter`,
  center_director: `${BRANCH_LOGIN}.director`,
};

export type DossierKind = 'received' | 'supplement' | 'returned';
export type MadeDossier = { id: string; code: string; version: number; secret: string | null };
/**
 * The personal fields of every applicant the world received, with the agency that may see them in full (§14) and
 * whether the branch received it (its counter officer sees them in full too, §13).
 */
export type Applicant = { agency: string; branch: boolean; cccd: string; phone: string; email: string };

export type World = ReturnType<typeof createWorld>;

/**
 * The objects the matrix names, made through the API as their owners would make them, on demand and cached per
 * generation: a call that may consume its objects (a transition, a cancel) starts a new generation first.
 */
export function createWorld(t: TestAppHandle, procedures: Record<Owner, string>) {
  const sessions = new Map<string, Promise<string>>();
  const cache = new Map<string, Promise<unknown>>();
  const applicants: Applicant[] = [];
  let generation = 0;
  let received = 0;

  const session = (username: string) => {
    if (!sessions.has(username)) sessions.set(username, t.login(username));
    return sessions.get(username)!;
  };
  const officer = (owner: Owner, suffix: 'counter' | 'appraiser' | 'approver' | 'head') =>
    session(`${AGENCY_OF[owner]}.${suffix}`);
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    const full = `${key}#${generation}`;
    if (!cache.has(full)) cache.set(full, make());
    return cache.get(full) as Promise<T>;
  };
  const inject = async (options: InjectOptions, expected = [200, 201]) => {
    const res = await t.app.inject(options);
    if (!expected.includes(res.statusCode))
      throw new Error(`world: ${JSON.stringify(options)} → ${res.statusCode} ${res.body}`);
    return res;
  };

  function applicantFor(owner: Owner): ApplicantInput {
    received += 1;
    const n = String(received).padStart(6, '0');
    const person = {
      agency: AGENCY_OF[owner],
      branch: owner === 'branch',
      cccd: `079190${n}`,
      phone: `0983${n}`,
      email: `matrix${n}@thu.vn`,
    };
    applicants.push(person);
    return {
      kind: 'person',
      fullName: 'Trần Thị Ma Trận',
      cccd: person.cccd,
      phone: person.phone,
      email: person.email,
      address: 'Hạ Long',
    };
  }

  async function procedure(owner: Owner): Promise<ProcedureInForce> {
    return (await inject({ url: `/api/v1/procedures/${procedures[owner]}` })).json().procedure;
  }

  async function makeDossier(owner: Owner, kind: DossierKind): Promise<MadeDossier> {
    const form = await procedure(owner);
    const ticks = completeTicks(form.checklist);
    const required = ticks.find((tick) => tick.provided > 0);
    if (kind === 'supplement' && required) required.provided = 0;
    // §13: the branch's counter receives the agency's procedure; the agency's officers work on it.
    const cookie = await (owner === 'branch' ? session(LOGIN_OF.branch_counter) : officer(owner, 'counter'));
    const made = await receiveDossier(t, { procedure: form, cookie, applicant: applicantFor(owner), ticks });
    const dossier = {
      id: made.dossier.id,
      code: made.dossier.code,
      version: made.dossier.version,
      secret: made.secret,
    };
    if (owner === 'consulted' && kind === 'received') return { ...dossier, version: await consultOwn(made.dossier) };
    if (kind !== 'returned') return dossier;
    const [counter, appraiser, approver] = await Promise.all(
      (['counter', 'appraiser', 'approver'] as const).map((s) => officer(owner, s)),
    );
    const walked = await walkTo(t, made.dossier, 'returned', { counter, appraiser, approver });
    return { ...dossier, version: walked.version };
  }

  /** The dossier's appraiser starts appraising and asks the `own` agency's opinion (§6 liên thông); its new version. */
  async function consultOwn(dossier: { id: string; version: number; status: string }): Promise<number> {
    const appraiser = await officer('consulted', 'appraiser');
    const started = await walkTo(t, dossier, 'in_appraisal', { appraiser });
    const agencies = (await inject({ url: '/api/v1/agencies' })).json() as { id: string; slug: string }[];
    const consultation = {
      agencyId: agencies.find((a) => a.slug === AGENCY_OF.own)!.id,
      question: 'Đề nghị cho ý kiến về nhân thân người nộp',
      deadline: '2026-11-27T17:00:00+07:00',
    };
    const res = await postTransition(t, started, 'open_consultation', { consultations: [consultation] }, appraiser);
    if (res.statusCode !== 200) throw new Error(`world: open_consultation → ${res.statusCode} ${res.body}`);
    return res.json().version;
  }

  return {
    get app() {
      return t.app;
    },
    /** For the rows that need an account the API does not make: a stand-in of a caller (authz-org.ts). */
    get db() {
      return t.database.db;
    },
    applicants,
    session,
    /** A session of its own, for a call that ends it. */
    freshSession: (username: string) => t.login(username),
    officer,
    inject,
    procedure,
    /** Objects made from now on are new: the previous call may have consumed them. */
    fresh: () => {
      generation += 1;
    },
    dossier: (owner: Owner, kind: DossierKind = 'received') =>
      once(`dossier:${owner}:${kind}`, () => makeDossier(owner, kind)),
    once,
  };
}
