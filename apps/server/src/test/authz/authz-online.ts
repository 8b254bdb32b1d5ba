import { randomUUID } from 'node:crypto';
import type { FormField } from '@motcua/core';
import { and, isNull, sql } from 'drizzle-orm';
import { tinyPdf } from '../../../../../packages/core/src/document/testing.ts';
import { procedureVersion } from '../../db/schema/index.ts';
import type { Owner, World } from './authz-world.ts';
import { LOGIN_OF } from './authz-world.ts';

/**
 * The citizen's online routes in the matrix (issue 19, DESIGN §15): the `own` object of a `/my/…` route is the matrix
 * citizen's own (a draft, a dossier, a store document); every other owner's is someone else's, which the citizen
 * must not reach (404).
 */
const citizen = (w: World) => w.session(LOGIN_OF.citizen);

/** An online procedure of the police, for a person, not composite: the citizen's submissions use it. */
const onlineProcedure = (w: World) =>
  w.once('online-procedure', async () => {
    const rows = await w.db
      .select({ code: procedureVersion.code, content: procedureVersion.content })
      .from(procedureVersion)
      .where(and(isNull(procedureVersion.effectiveTo), sql`${procedureVersion.content}->>'onlineLevel' <> 'none'`));
    const found = rows.find(
      (r) =>
        r.content.agencySlug === 'congan' &&
        r.content.partnerCodes.length === 0 &&
        !r.content.formFields.some((f) => f.name === 'taxCode'),
    );
    if (!found) throw new Error('world: no online procedure of the police');
    return { code: found.code, fields: found.content.formFields };
  });

/** A document uploaded into the citizen's store through its route. */
const storeDocument = async (w: World, title = 'Bản sao giấy tờ'): Promise<string> => {
  const res = await w.inject({
    method: 'POST',
    url: `/api/v1/my/documents?${new URLSearchParams({ name: 'giay-to.pdf', title })}`,
    headers: { cookie: await citizen(w), 'content-type': 'application/octet-stream' },
    payload: Buffer.from(tinyPdf(1)),
  });
  return res.json().id as string;
};

/** A valid value for each field shown with the others' values (the first option of a select: "no" submitter). */
function validForm(fields: readonly FormField[], documentId: string): Record<string, string> {
  const byType: Record<FormField['type'], string> = {
    text: 'Nguyễn Văn Ma Trận',
    textarea: 'Số 1, phường Hồng Gai',
    number: '1',
    date: '1990-02-03',
    select: '',
    cccd: '022190007777',
    phone: '0912777777',
    email: 'ma.tran@example.com',
    file: documentId,
  };
  const values: Record<string, string> = {};
  for (const f of fields) {
    if (f.visibleWhen && values[f.visibleWhen.field] !== f.visibleWhen.equals) continue;
    values[f.name] = f.type === 'select' ? (f.options?.[0]?.value ?? '') : byType[f.type];
  }
  return values;
}

type Stage = 'draft' | 'submitted' | 'supplement';

/** The citizen's own dossier at a stage: a draft, a submission, or one the counter asked to supplement at intake. */
async function ownDossier(w: World, stage: Stage): Promise<{ id: string; documentId: string }> {
  const procedure = await onlineProcedure(w);
  const documentId = await storeDocument(w);
  const submit = stage !== 'draft';
  const made = await w.inject(
    {
      method: 'POST',
      url: '/api/v1/my/dossiers',
      headers: { cookie: await citizen(w), 'idempotency-key': randomUUID() },
      payload: { procedureCode: procedure.code, fields: validForm(procedure.fields, documentId), submit },
    },
    [201],
  );
  const id = made.json().id as string;
  if (stage === 'supplement') {
    const counter = await w.officer('own', 'counter');
    const seen = await w.inject({ url: `/api/v1/dossiers/${id}`, headers: { cookie: counter } });
    await w.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/transitions`,
      headers: { cookie: counter, 'idempotency-key': randomUUID() },
      payload: {
        version: seen.json().version,
        transition: 'request_supplement_at_intake',
        payload: { items: [{ name: 'Bản sao giấy tờ', reason: 'Bản chụp không rõ' }], note: null },
      },
    });
  }
  return { id, documentId };
}

const STAGE_OF: Record<string, Stage> = {
  putMyDossiersById: 'draft',
  deleteMyDossiersById: 'draft',
  postMyDossiersByIdSupplement: 'supplement',
  getMyDossiersByIdFormsByForm: 'supplement',
};

/** `/my/dossiers/{id}` of the owner: the citizen's own at the stage the operation needs; another's dossier otherwise. */
export const myDossierId = async (w: World, owner: Owner, operationId: string): Promise<string> => {
  if (owner !== 'own') return (await w.dossier(owner)).id;
  const stage = STAGE_OF[operationId] ?? 'submitted';
  return (await w.once(`my-dossier:${stage}`, () => ownDossier(w, stage))).id;
};

/** `/my/dossiers/{id}/documents/{documentId}`: a document of the citizen's own submission, or an officer's. */
export const myDossierDocumentId = async (w: World, owner: Owner, officersDocument: () => Promise<string>) => {
  if (owner !== 'own') return officersDocument();
  const { id } = await w.once('my-dossier:submitted', () => ownDossier(w, 'submitted'));
  const res = await w.inject({ url: `/api/v1/my/dossiers/${id}`, headers: { cookie: await citizen(w) } });
  return (res.json().documents as { id: string }[])[0]!.id;
};

/** `/my/documents/{id}`: a document of the citizen's store, or an officer's upload (never in a store). */
export const myStoreDocumentId = (w: World, owner: Owner, officersUpload: () => Promise<string>) =>
  owner === 'own' ? w.once('my-store-document', () => storeDocument(w)) : officersUpload();

export const isMine = (operationId: string): boolean =>
  /^(get|post|put|delete)My(Dossiers|Documents)/.test(operationId);

export const ONLINE_EXAMPLES = {
  postMyDossiers: async ({ w }: { w: World }) => ({
    body: { procedureCode: (await onlineProcedure(w)).code, fields: {}, documents: [], submit: false },
  }),
  putMyDossiersById: async () => ({ body: { fields: {}, documents: [], submit: false } }),
  postMyDossiersByIdSupplement: async ({ w }: { w: World }) => ({
    body: { documents: [await storeDocument(w)], fields: {}, note: 'Đã bổ sung bản rõ hơn' },
  }),
  postMyDossiersByIdWithdraw: async () => ({ body: { reason: 'Nộp nhầm thủ tục' } }),
  // Any counter dossier's code and secret link it: the object is not scoped (the secret proves it is theirs, §15).
  postMyDossiersLink: async ({ w }: { w: World }) => {
    const made = await w.dossier('own');
    return { body: { code: made.code, secret: made.secret } };
  },
  postMyDocuments: async () => ({
    query: { name: 'giay-to.pdf', title: 'Bản sao giấy khai sinh' },
    payload: Buffer.from(tinyPdf(1)),
    contentType: 'application/octet-stream',
  }),
  getMyDocumentsMatches: async ({ w }: { w: World }) => ({ query: { procedureCode: (await onlineProcedure(w)).code } }),
};
