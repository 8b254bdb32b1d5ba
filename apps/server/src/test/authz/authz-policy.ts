import type { Role } from '@motcua/core';

/**
 * Who calls: a role of DESIGN §1 (an agency's officer of the province center's `congan`; `center_director` the
 * director of the commune branch `000.30.01.H49`), the branch's counter officer without an agency (`branch_counter`,
 * DESIGN §13), or nobody signed in.
 */
export type Caller = Role | 'branch_counter' | 'anonymous';
export const CALLERS: readonly Caller[] = [
  'anonymous',
  'citizen',
  'counter',
  'appraiser',
  'approver',
  'agency_head',
  'director',
  'admin',
  'branch_counter',
  'center_director',
];

/**
 * What a caller may reach of objects owned elsewhere: `own` their agency's only (another's → 404), `all` every one,
 * `center` the objects their center lists to everyone (another agency's → 403, a rule; another center's → 404),
 * `branch` what their branch received (DESIGN §13), whichever agency works on it (anything else → 404).
 */
export type Reach = 'own' | 'all' | 'center' | 'branch';
/** Who may call the operations a rule matches: anyone, any signed-in user, or these callers with their reach. */
export type Allowed = 'anyone' | 'signed-in' | Partial<Record<Exclude<Caller, 'anonymous'>, Reach>>;

const officers = (reach: Reach = 'own') => ({ counter: reach, appraiser: reach, approver: reach, agency_head: reach });
/** DESIGN §13: a branch's counter officer has the counter role without an agency; the routes admit it as a counter. */
const branchOfficers = (reach: Reach = 'own') => ({ ...officers(reach), branch_counter: 'branch' as const });
const readers = { ...branchOfficers(), director: 'all', center_director: 'branch' } as const;

/**
 * The expected access, written by hand from DESIGN §1 (who does what), §13 (scope) and §14, NOT read from the routes'
 * declarations: the matrix compares the two. Matched on `METHOD /path` in order, first match wins, so that a route
 * added later under an area (`/reports/…`) is judged without editing this table; a route no rule matches fails.
 */
export type PolicyRule = {
  match: RegExp;
  allowed: Allowed;
  why: string;
  /**
   * The agency consulted on a dossier (§1): `may` use this route on it (what it may do there is the route's rule),
   * or is `refused` (403: it sees the dossier, so its existence is no secret); unset, the dossier is not its (404).
   */
  consulted?: 'may' | 'refused';
};
export const POLICY: readonly PolicyRule[] = [
  { match: /^GET \/api\/health$/, allowed: 'anyone', why: 'probes of the operator' },
  { match: /^POST \/api\/v1\/auth\/(login|logout)$/, allowed: 'anyone', why: 'signing in and out' },
  { match: /^POST \/api\/v1\/auth\/password$/, allowed: 'signed-in', why: '§13: everyone changes their own password' },
  {
    match: /^POST \/api\/v1\/auth\/(register|register\/verify|password-reset|password-reset\/confirm)$/,
    allowed: 'anyone',
    why: '§15: a citizen registers, proves the e-mail, resets a forgotten password, before any session',
  },
  {
    match: /^GET \/api\/v1\/auth\/(identity-provider|identity\/start|identity\/callback)$/,
    allowed: 'anyone',
    why: '§15: the national identity log-in starts and ends without a session',
  },
  {
    match: / \/api\/v1\/auth\/sessions(\/|$)/,
    allowed: 'signed-in',
    why: 'everyone lists and ends their own sessions',
  },
  {
    match: / \/api\/v1\/my\/(profile|account\/delete)$/,
    allowed: { citizen: 'own' },
    why: '§1, §14: a citizen’s own profile and account, theirs only',
  },
  {
    match: / \/api\/v1\/my\/(dossiers|documents)(\/|$)/,
    allowed: { citizen: 'own' },
    why: '§15: a citizen’s own online dossiers, the counter dossiers linked to them, their document store',
  },
  {
    match: /^POST \/api\/v1\/auth\/password\/setup$/,
    allowed: 'anyone',
    why: '§13: the e-mailed link, before its officer can sign in',
  },
  { match: /^GET \/api\/v1\/centers$/, allowed: 'anyone', why: '§11 org: the centers and their periods are public' },
  { match: / \/api\/v1\/centers(\/|$)/, allowed: { admin: 'all' }, why: '§1: admin keeps the centers and their desks' },
  { match: /^GET \/api\/v1\/admin\/agencies$/, allowed: { admin: 'all' }, why: '§1: admin keeps the agencies' },
  {
    match: /^(POST|PATCH|PUT|DELETE) \/api\/v1\/agencies/,
    allowed: { admin: 'all' },
    why: '§1: admin keeps the agencies',
  },
  {
    match: /^(PATCH \/api\/v1\/counters\/\{id\}|POST \/api\/v1\/counters\/\{id\}\/close)$/,
    allowed: { admin: 'all' },
    why: '§13: admin opens, edits and closes a center’s counters',
  },
  {
    match: / \/api\/v1\/(users|officer-imports)(\/|$)/,
    allowed: { admin: 'all' },
    why: '§1, §13: admin creates and keeps the officers',
  },
  { match: /^GET \/api\/v1\/admin\/audit$/, allowed: { admin: 'all' }, why: '§13: the audit of admin changes' },
  { match: /^GET \/api\/v1\/admin\/setup$/, allowed: { admin: 'all' }, why: '§13: the guide through a new province' },
  { match: /^GET \/api\/v1\/me$/, allowed: 'signed-in', why: 'one’s own account' },
  { match: /^GET \/api\/v1\/calendar\/audit/, allowed: { admin: 'all' }, why: '§13: the audit of admin changes' },
  { match: /^GET \/api\/v1\/calendar\//, allowed: 'anyone', why: 'the working calendar is public (§5)' },
  { match: /^(PUT|POST|DELETE) \/api\/v1\/calendar\//, allowed: { admin: 'all' }, why: '§1: admin keeps the calendar' },
  { match: /^GET \/api\/v1\/procedures\/\{code\}\/versions/, allowed: { admin: 'all' }, why: 'catalog history: admin' },
  { match: /^GET \/api\/v1\/(procedures|agencies|fields)/, allowed: 'anyone', why: 'the public catalog (§15)' },
  { match: /^(PUT|POST|DELETE) \/api\/v1\/procedures/, allowed: { admin: 'all' }, why: '§1: admin keeps the catalog' },
  { match: /\/api\/v1\/catalog\//, allowed: { admin: 'all' }, why: '§1: admin keeps the catalog' },
  { match: /^(GET|POST) \/api\/v1\/lookup/, allowed: 'anyone', why: 'citizens look up and rate by code + secret' },
  { match: /^GET \/api\/v1\/public\//, allowed: 'anyone', why: 'public statistics' },
  {
    match: /^POST \/api\/v1\/dossiers(\/\{id\}\/secret)?$/,
    allowed: { counter: 'own', agency_head: 'own', branch_counter: 'branch' },
    why: '§1: the counter receives, issues the receipt and its secret; §13: a branch’s counter too',
    consulted: 'refused',
  },
  {
    match: /^GET \/api\/v1\/dossiers$/,
    allowed: { ...branchOfficers(), center_director: 'branch' },
    why: 'the inbox of the agency’s officers; §13: a branch’s, of what it received',
  },
  {
    match: /^POST \/api\/v1\/dossiers\/\{id\}\/transitions$/,
    allowed: branchOfficers(),
    why: '§6: each step its role; §13: a branch’s counter, the counter’s part of what it received',
    consulted: 'may',
  },
  {
    match: /^GET \/api\/v1\/dossiers\//,
    allowed: readers,
    why: '§1: own agency; the director sees every agency',
    consulted: 'may',
  },
  {
    match: /^GET \/api\/v1\/documents\//,
    allowed: readers,
    why: 'a dossier’s documents, as the dossier',
    consulted: 'may',
  },
  { match: /^POST \/api\/v1\/documents/, allowed: branchOfficers(), why: 'officers upload and attach' },
  {
    match: /^GET \/api\/v1\/counters$/,
    allowed: { ...branchOfficers(), director: 'all' },
    why: 'the desks of the center',
  },
  {
    match: /\/api\/v1\/counters\//,
    allowed: { counter: 'center', agency_head: 'center', branch_counter: 'branch' },
    why: '§2: officers sit at their agency’s desk; the center lists every desk (counter.other_agency)',
  },
  {
    match: /^POST \/api\/v1\/ratings$/,
    allowed: { counter: 'own', agency_head: 'own', branch_counter: 'branch' },
    why: '§7: paper forms',
  },
  {
    match: /^GET \/api\/v1\/personal-data-access$/,
    allowed: { agency_head: 'own', director: 'all' },
    why: '§14: views of personal data, to the agency head and the director (NĐ 13/2023)',
  },
  { match: /^GET \/api\/v1\/admin\/backup$/, allowed: { admin: 'all' }, why: '§14: the operator’s backup' },
  {
    match: /^GET \/api\/v1\/reports\/resolution(\.pdf|\.xlsx)?$/,
    allowed: { director: 'all', center_director: 'branch' },
    why: '§1: the director’s reports; §13: a center’s director, of their center (core reportCenterFor)',
  },
  { match: /\/api\/v1\/reports\//, allowed: { director: 'all' }, why: '§1: the director’s reports' },
  { match: /\/api\/v1\/dashboard/, allowed: { director: 'all', agency_head: 'own' }, why: '§1: leaders’ dashboards' },
  { match: /^GET \/api\/v1\/officers$/, allowed: branchOfficers(), why: 'colleagues to hand work to' },
  { match: /\/api\/v1\/delegations/, allowed: { agency_head: 'own' }, why: '§1: the head delegates' },
  {
    match: /^GET \/api\/v1\/consultations$/,
    allowed: { appraiser: 'own', approver: 'own', agency_head: 'own' },
    why: '§6: consulted agencies answer',
  },
];

export function ruleFor(operation: string): PolicyRule | undefined {
  return POLICY.find((rule) => rule.match.test(operation));
}
