import { randomUUID } from 'node:crypto';
import type { MyDossierCreated, MyDossierRequest, MyDraftUpdate, OnlineForm } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { requestHash, runOnce, type CommandAnswer } from '../../platform/http/idempotency.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { createOnlineRepo, type StoredDraft } from './online-repo.ts';
import { createOnlineSubmission, type OnlineDeps } from './online-submission.ts';

type Answer = CommandAnswer<MyDossierCreated>;
const formOf = (r: OnlineForm): OnlineForm => ({ fields: r.fields, documents: r.documents });

/**
 * The citizen's drafts and submissions (DESIGN §6 `draft`, §11 portal): a draft has no code and may be incomplete; a
 * submission is checked whole and becomes the dossier, `submitted`, with its code. Every command is idempotent.
 */
export function createMyDrafts(deps: OnlineDeps) {
  const { db, now } = deps;
  const submission = createOnlineSubmission(deps);
  const repo = createOnlineRepo(db);

  /** The caller's draft: someone else's (or nothing) is 404; their own already sent is 409 `online.not_draft`. */
  async function ownDraft(id: string, user: SessionUser): Promise<StoredDraft> {
    const draft = await repo.findDraft(id);
    if (draft && draft.ownerId === user.id) return draft;
    if (!draft && (await repo.dossierOwner(id))?.ownerId === user.id) throw new AppError('online.not_draft');
    throw new AppError('dossier.not_found');
  }

  /** Submits under `id`; a draft's row is deleted in the same transaction (a second send finds none: 409). */
  async function submit(
    id: string,
    procedureCode: string,
    form: OnlineForm,
    user: SessionUser,
    key: string,
    draft: boolean,
  ) {
    const version = await submission.procedureOf(procedureCode);
    const prepared = await submission.prepare(version, form, user);
    const scope = { userId: user.id, key, hash: requestHash(['my-submit', id, procedureCode, form]), at: prepared.at };
    return runOnce(db, scope, async (tx, batch): Promise<Answer> => {
      if (draft && (await createOnlineRepo(tx).deleteDraft(id)).length === 0) throw new AppError('online.not_draft');
      return { status: draft ? 200 : 201, body: await submission.record(tx, batch, id, prepared, user) };
    });
  }

  return {
    /** `POST /my/dossiers`: a new draft (`submit: false`) or a dossier at once. */
    async create(request: MyDossierRequest, user: SessionUser, key: string): Promise<Answer> {
      const form = formOf(request);
      if (request.submit) return submit(randomUUID(), request.procedureCode, form, user, key, false);
      const version = await submission.procedureOf(request.procedureCode);
      await submission.checkForm(version.procedure.formFields, form, user, false);
      const scope = { userId: user.id, key, hash: requestHash(['my-draft', request]), at: now() };
      return runOnce(db, scope, async (tx) => {
        const id = await createOnlineRepo(tx).insertDraft(user.id, version.procedure.code, form, now());
        return { status: 201, body: { id, code: null, status: 'draft' } };
      });
    },

    /** `PUT /my/dossiers/{id}`: the draft saved again, or submitted as the dossier with the same id. */
    async update(id: string, request: MyDraftUpdate, user: SessionUser, key: string): Promise<Answer> {
      const draft = await ownDraft(id, user);
      const form = formOf(request);
      if (request.submit) return submit(id, draft.procedureCode, form, user, key, true);
      const version = await submission.procedureOf(draft.procedureCode);
      await submission.checkForm(version.procedure.formFields, form, user, false);
      const scope = { userId: user.id, key, hash: requestHash(['my-draft', id, request]), at: now() };
      return runOnce(db, scope, async (tx) => {
        await createOnlineRepo(tx).updateDraft(id, form, now());
        return { status: 200, body: { id, code: null, status: 'draft' } };
      });
    },

    /** `DELETE /my/dossiers/{id}`: the draft discarded (a sent dossier is withdrawn instead). */
    async discard(id: string, user: SessionUser): Promise<void> {
      await ownDraft(id, user);
      await repo.deleteDraft(id);
    },
  };
}
export type MyDrafts = ReturnType<typeof createMyDrafts>;
