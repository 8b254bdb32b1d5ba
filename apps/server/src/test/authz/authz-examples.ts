import { ProcedureContent } from '@motcua/core';
import { tinyPdf } from '../../../../../packages/core/src/document/testing.ts';
import { completeTicks } from '../complete-ticks.ts';
import { DEMO_PASSWORD } from '../test-app.ts';
import { catalogWorkbook, delegationBody, holidayRule } from './authz-objects.ts';
import { ORG_EXAMPLES } from './authz-org.ts';
import { ACCOUNT_EXAMPLES } from './authz-account.ts';
import { ONLINE_EXAMPLES } from './authz-online.ts';
import type { Caller } from './authz-policy.ts';
import type { DossierKind, MadeDossier, Owner, World } from './authz-world.ts';

/** Whose objects a row names; `otherCitizen`: a dossier's code with another dossier's secret (§15: own dossiers only). */
export type Scope = Owner | 'otherCitizen';
export type RequestParts = {
  query?: Record<string, string>;
  body?: unknown;
  payload?: Buffer;
  contentType?: string;
  /** The session to call with instead of the caller's own (a stand-in of the caller, authz-org.ts). */
  cookie?: string;
};
export type ExampleContext = {
  w: World;
  caller: Caller;
  owner: Owner;
  /** The owner's dossier; naming it makes the row scoped (it runs for every owner). */
  dossier: (kind?: DossierKind) => Promise<MadeDossier>;
  /** The citizen's credential for the owner's dossier: its code and secret, or another's secret for `otherCitizen`. */
  credential: (kind?: DossierKind) => Promise<{ code: string; secret: string }>;
};

/** New procedure codes, one per call: a code is created once. */
let created = 0;
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const SCORES = { attitude: 'very_satisfied', time: 'satisfied' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const content = async (w: World) => ProcedureContent.parse(await w.procedure('own'));

/**
 * A valid request per operation id, so that an allowed call can succeed (the matrix fails a route no allowed role
 * got a 2xx from). An operation without an entry is called bare: enough for a GET without required input.
 */
export const EXAMPLES: Record<string, (c: ExampleContext) => Promise<RequestParts>> = {
  postAuthLogin: async () => ({ body: { username: 'congan.counter', password: DEMO_PASSWORD } }),
  putCalendarHolidayRulesById: async ({ w }) => ({ body: await holidayRule(w) }),
  getCalendarDays: async () => ({ query: MONTH }),
  getCalendarDue: async () => ({ query: { start: '2026-11-25T09:00:00+07:00', workingDays: '5' } }),
  putCalendarNoticesByYear: async () => ({
    body: { year: 2027, reference: 'Thông báo thử ma trận', daysOff: [], saturdaysWorked: [] },
  }),
  putCalendarOfficeHours: async () => ({
    body: {
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    },
  }),
  postProcedures: async ({ w }) => ({
    body: {
      code: `9.97${String(++created).padStart(4, '0')}`,
      effectiveFrom: '2026-01-01',
      content: await content(w),
    },
  }),
  putProceduresByCode: async ({ w }) => ({
    body: { baseVersion: 1, effectiveFrom: '2026-12-01', content: await content(w) },
  }),
  postProceduresByCodeRetire: async () => ({ body: { baseVersion: 1, effectiveTo: '2026-12-31' } }),
  postDossiers: async ({ w }) => {
    const procedure = await w.procedure('own');
    return {
      body: {
        procedureCode: procedure.code,
        channel: 'post',
        applicant: {
          kind: 'person',
          fullName: 'Lê Văn Gửi',
          cccd: '079190999001',
          phone: '0983999001',
          address: 'Cẩm Phả',
        },
        ticks: completeTicks(procedure.checklist),
        resultDelivery: 'counter',
      },
    };
  },
  postDossiersByIdTransitions: async ({ dossier }) => ({
    body: { version: (await dossier()).version, transition: 'start_appraisal', payload: {} },
  }),
  postDossiersByIdSecret: async ({ dossier }) => ({ body: { version: (await dossier()).version } }),
  getLookup: async ({ credential }) => ({ query: await credential() }),
  getLookupRating: async ({ credential }) => ({ query: await credential('returned') }),
  postLookupRating: async ({ credential }) => ({ body: { ...(await credential('returned')), scores: SCORES } }),
  postDocuments: async () => ({
    query: { name: 'scan.pdf', kind: 'scan' },
    payload: Buffer.from(tinyPdf(1)),
    contentType: 'application/octet-stream',
  }),
  postDocumentsByIdAttach: async ({ dossier }) => ({ body: { dossierId: (await dossier()).id } }),
  postRatings: async ({ dossier }) => ({
    body: {
      channel: 'paper',
      formReference: `MT-${++created}`,
      dossierCode: (await dossier('returned')).code,
      scores: SCORES,
    },
  }),
  getReportsResolution: async () => ({ query: MONTH }),
  getReportsResolutionXlsx: async () => ({ query: MONTH }),
  getReportsResolutionPdf: async () => ({ query: MONTH }),
  getReportsLedgerXlsx: async () => ({ query: MONTH }),
  getReportsNationalIndex: async () => ({ query: MONTH }),
  getPublicResolution: async () => ({ query: MONTH }),
  postReportsExports: async () => ({ body: { kind: 'ledger', ...MONTH } }),
  getDashboardDossiers: async () => ({ query: { measure: 'received_month' } }),
  postCatalogImports: async ({ w }) => ({ payload: await catalogWorkbook(w), contentType: XLSX }),
  postDelegations: async ({ w, owner }) => ({ body: await delegationBody(w, owner) }),
  ...ORG_EXAMPLES,
  ...ACCOUNT_EXAMPLES,
  ...ONLINE_EXAMPLES,
};

/** Which kind of dossier a route's `{id}` must name for an allowed call to succeed. */
export const DOSSIER_KIND: Record<string, DossierKind> = { getDossiersByIdFormsByForm: 'supplement' };

/** Operations that end the caller's session: called on a session of their own, so the matrix keeps its log-ins. */
export const ENDS_SESSION = new Set(['postAuthLogout']);
