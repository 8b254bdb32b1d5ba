import { ProcedureContent } from '@motcua/core';
import { tinyPdf } from '../../../../../packages/core/src/document/testing.ts';
import { adminCounter, officerImport, ORG_FACTORIES } from './authz-org.ts';
import { ACCOUNT_FACTORIES } from './authz-account.ts';
import { isMine, myDossierDocumentId, myDossierId, myStoreDocumentId } from './authz-online.ts';
import { AGENCY_OF, type DossierKind, type Owner, type World } from './authz-world.ts';

/** Makes the object a path parameter names, for its owner; `scoped` objects belong to an agency (§1, §13). */
type Factory = {
  scoped: boolean;
  make: (w: World, owner: Owner, kind: DossierKind, operationId: string) => Promise<string>;
};

/** Operations whose `documents/{id}` must be an upload no dossier holds yet; every other names a dossier's document. */
const UNATTACHED = new Set(['postDocumentsByIdAttach']);
/** The admin's operations on a desk: a throwaway desk of its own (the officers' rows sit at the demo's). */
const ADMIN_COUNTER = new Set(['patchCountersById', 'postCountersByIdClose']);

const NOW_YEAR = 2026;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const cookieOf = (w: World, username: string) => w.session(username).then((cookie) => ({ cookie }));

/** An unattached upload of the owner's counter (DESIGN §6: uploads may come before their dossier). */
export const upload = (w: World, owner: Owner) =>
  w.once(`document:${owner}`, async () => {
    const res = await w.inject({
      method: 'POST',
      url: '/api/v1/documents?name=scan.pdf&kind=scan',
      headers: { cookie: await w.officer(owner, 'counter'), 'content-type': 'application/octet-stream' },
      payload: Buffer.from(tinyPdf(1)),
    });
    return res.json().id as string;
  });

/** An upload attached to the owner's dossier by its counter: what the dossier's readers open (DESIGN §6). */
const attached = (w: World, owner: Owner) =>
  w.once(`attached:${owner}`, async () => {
    const id = await upload(w, owner);
    await w.inject({
      method: 'POST',
      url: `/api/v1/documents/${id}/attach`,
      headers: { cookie: await w.officer(owner, 'counter') },
      payload: { dossierId: (await w.dossier(owner)).id },
    });
    return id;
  });

let procedures = 0;

/** A procedure of the catalog's own, made by the admin for this generation, so that retiring it harms no reception. */
export const adminProcedure = (w: World) =>
  w.once('procedure', async () => {
    const source = await w.procedure('own');
    const code = `9.98${String(++procedures).padStart(4, '0')}`;
    await w.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: await cookieOf(w, 'admin'),
      payload: { code, effectiveFrom: `${NOW_YEAR}-01-01`, content: ProcedureContent.parse(source) },
    });
    return code;
  });

/**
 * The registry of object factories, keyed `<segment>/{<parameter>}` as paths name them: a route added later whose
 * parameters are all here is in the matrix at once; one whose parameter is not fails the matrix until it is added.
 */
export const FACTORIES: Record<string, Factory> = {
  'dossiers/{id}': {
    scoped: true,
    make: async (w, owner, kind, operationId) =>
      isMine(operationId) ? myDossierId(w, owner, operationId) : (await w.dossier(owner, kind)).id,
  },
  'by-code/{code}': { scoped: true, make: async (w, owner, kind) => (await w.dossier(owner, kind)).code },
  'documents/{id}': {
    scoped: true,
    make: (w, owner, _kind, operationId) => {
      if (isMine(operationId)) return myStoreDocumentId(w, owner, () => upload(w, owner));
      return UNATTACHED.has(operationId) ? upload(w, owner) : attached(w, owner);
    },
  },
  'documents/{documentId}': {
    scoped: true,
    make: (w, owner) => myDossierDocumentId(w, owner, () => attached(w, owner)),
  },
  'forms/{form}': { scoped: false, make: async () => 'supplement.pdf' },
  'counters/{id}': {
    scoped: true,
    make: async (w, owner, _kind, operationId) => {
      if (ADMIN_COUNTER.has(operationId)) return adminCounter(w);
      const res = await w.inject({ url: '/api/v1/counters', headers: { cookie: await w.officer(owner, 'counter') } });
      const items = res.json().items as { id: string; agency: { slug: string } | null }[];
      return items.find((c) => c.agency?.slug === AGENCY_OF[owner])!.id;
    },
  },
  'delegations/{id}': {
    scoped: true,
    make: (w, owner) =>
      w.once(`delegation:${owner}`, async () => {
        const head = await w.officer(owner, 'head');
        const res = await w.inject({
          method: 'POST',
          url: '/api/v1/delegations',
          headers: { cookie: head },
          payload: await delegationBody(w, owner),
        });
        return res.json().id as string;
      }),
  },
  'procedures/{code}': { scoped: false, make: (w) => adminProcedure(w) },
  'versions/{version}': { scoped: false, make: async () => '1' },
  'years/{year}': { scoped: false, make: async () => String(NOW_YEAR) },
  'notices/{year}': { scoped: false, make: async () => String(NOW_YEAR + 1) },
  'holiday-rules/{id}': {
    scoped: false,
    make: async (w) => (await holidayRule(w)).id,
  },
  'exports/{id}': {
    scoped: false,
    make: (w) =>
      w.once('export', async () => {
        const payload = { kind: 'ledger', from: `${NOW_YEAR}-11-01`, to: `${NOW_YEAR}-11-30` };
        const res = await w.inject(
          { method: 'POST', url: '/api/v1/reports/exports', headers: await cookieOf(w, 'director'), payload },
          [200, 201, 202],
        );
        return await finished(w, res.json().id as string);
      }),
  },
  'imports/{id}': { scoped: false, make: (w) => catalogImport(w) },
  'officer-imports/{id}': { scoped: false, make: (w) => officerImport(w) },
  ...ORG_FACTORIES,
  ...ACCOUNT_FACTORIES,
};

/** A catalog import of the catalog as exported (issue 5 round-trips it). */
const catalogImport = (w: World) =>
  w.once('import', async () => {
    const headers = { ...(await cookieOf(w, 'admin')), 'content-type': XLSX };
    const payload = await catalogWorkbook(w);
    const res = await w.inject({ method: 'POST', url: '/api/v1/catalog/imports', headers, payload }, [200, 201, 202]);
    return res.json().id as string;
  });

/** The export once written (it is written after the 202, page by page): its file exists from then on. */
async function finished(w: World, id: string): Promise<string> {
  const headers = await cookieOf(w, 'director');
  for (let attempt = 0; attempt < 200; attempt++) {
    const status = (await w.inject({ url: `/api/v1/reports/exports/${id}`, headers })).json().status;
    if (status === 'done') return id;
    if (status === 'failed') throw new Error(`the report export ${id} failed`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the report export ${id} is still running`);
}

/** The catalog as the admin exports it: a valid import (issue 5 round-trips it). */
export const catalogWorkbook = (w: World) =>
  w.once('workbook', async () => {
    const res = await w.inject({ url: '/api/v1/catalog/export.xlsx', headers: await cookieOf(w, 'admin') });
    return res.rawPayload;
  });

let delegations = 0;
const DAY_MS = 86_400_000;

/**
 * A delegation from the owner's appraiser to its deputy (§1: the head delegates during absence), each on days of
 * its own: an officer's absences may not overlap.
 */
export async function delegationBody(w: World, owner: Owner) {
  const head = await w.officer(owner, 'head');
  const officers = (await w.inject({ url: '/api/v1/officers', headers: { cookie: head } })).json();
  const list = officers.items as { id: string; username: string }[];
  const id = (suffix: string) => list.find((o) => o.username === `${AGENCY_OF[owner]}.${suffix}`)!.id;
  const start = Date.parse(`${NOW_YEAR}-12-01T08:00:00+07:00`) + 2 * DAY_MS * delegations++;
  return {
    fromUserId: id('appraiser'),
    toUserId: id('deputy'),
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + DAY_MS).toISOString(),
    reason: 'Nghỉ phép',
  };
}

/** A stored holiday rule as the admin reads it, to put back unchanged. */
export const holidayRule = async (w: World) =>
  (await w.inject({ url: '/api/v1/calendar/holiday-rules' })).json()[0].rule as { id: string };

/** `segment/{param}` of each path parameter of a path. */
export const parameterKeys = (path: string): string[] =>
  [...path.matchAll(/([^/]+)\/\{([^}]+)\}/g)].map((m) => `${m[1]}/{${m[2]}}`);
