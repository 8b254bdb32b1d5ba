import {
  checkOnlineForm,
  fileIds,
  givenDocuments,
  type MySupplementRequest,
  type MyWithdrawRequest,
  type OnlineForm,
  type TransitionRequest,
} from '@motcua/core';
import type { Database, Transaction } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';
import type { StoredDossier } from '../dossier/dossier-repo.ts';
import type { TransitionDossier } from '../dossier/transition-dossier.ts';
import { createStoredDocumentRepo } from '../store/stored-document-repo.ts';
import type { MyDossiers } from './my-dossiers.ts';
import { invalid } from './online-parties.ts';
import { createOnlineRepo } from './online-repo.ts';

type Deps = {
  db: Database;
  now: () => Date;
  catalog: CatalogRepo;
  transition: TransitionDossier;
  mine: MyDossiers;
};

/** The one dossier already checked as the caller's: the state machine's `see` for the portal. */
const only = (d: StoredDossier) => (found: StoredDossier | undefined) => {
  if (!found || found.id !== d.id) throw new AppError('dossier.not_found');
  return found;
};

/**
 * What the citizen does on a sent dossier (DESIGN §6), through the one state machine with their own actor: a
 * supplement online under the same code, and a withdrawal before approval. The core decides who may (the owner).
 */
export function createMyDossierActions(deps: Deps) {
  const { db, now, transition, mine } = deps;

  return {
    /**
     * The supplement asked (form 02): store documents given and fields changed, then `resubmit` when asked at intake
     * (the clock has not started) or `record_supplement` during appraisal (the clock runs on).
     */
    async supplement(id: string, request: MySupplementRequest, user: SessionUser, key: string) {
      const { d } = await mine.see(id, user);
      if (d.state.status !== 'awaiting_supplement') throw new AppError('online.supplement_not_asked');
      const before: OnlineForm = (await createOnlineRepo(db).onlineForm(id)) ?? { fields: {}, documents: [] };
      const version = await deps.catalog.findVersion(d.state.procedure.code, d.state.procedure.version);
      const fields = version?.procedure.formFields ?? [];
      const merged: OnlineForm = { fields: { ...before.fields, ...request.fields }, documents: request.documents };
      // Documents given before stay the dossier's even if since removed from the store.
      const earlier = [
        ...fields.filter((f) => f.type === 'file').flatMap((f) => fileIds(before.fields[f.name])),
        ...before.documents,
      ];
      const asked = [
        ...fields.flatMap((f) => (f.type === 'file' ? fileIds(merged.fields[f.name]) : [])),
        ...merged.documents,
      ];
      const own = await createStoredDocumentRepo(db).ownedIds(user.id, asked);
      earlier.forEach((e) => own.add(e));
      const issues = checkOnlineForm(fields, merged, { submit: d.state.channel === 'online', own });
      if (issues.length > 0) throw invalid(issues);
      const atIntake = d.state.receivedAt === null;
      const given = givenDocuments(fields, merged).filter((g) => !earlier.includes(g.storeDocumentId));
      const within = async (tx: Transaction, stored: StoredDossier): Promise<TransitionRequest> => {
        const to = { id, centerId: stored.centerId, agencyId: stored.state.agencyId };
        const documentIds = await createStoredDocumentRepo(tx).give(user.id, to, given, now());
        const kept: OnlineForm = {
          fields: merged.fields,
          documents: [...new Set([...before.documents, ...merged.documents])],
        };
        if (d.state.channel === 'online') await createOnlineRepo(tx).setOnlineForm(id, kept);
        return atIntake
          ? { version: stored.state.version, transition: 'resubmit', payload: { note: request.note } }
          : {
              version: stored.state.version,
              transition: 'record_supplement',
              payload: { documentIds, note: request.note },
            };
      };
      const asSent: TransitionRequest = atIntake
        ? { version: d.state.version, transition: 'resubmit', payload: { note: request.note } }
        : {
            version: d.state.version,
            transition: 'record_supplement',
            payload: { documentIds: [], note: request.note },
          };
      await transition(id, asSent, user, key, { see: only(d), within });
      return mine.view(id, user);
    },

    /** A withdrawal before approval (DESIGN §6), with its reason. */
    async withdraw(id: string, request: MyWithdrawRequest, user: SessionUser, key: string) {
      const { d } = await mine.see(id, user);
      const command = {
        version: d.state.version,
        transition: 'withdraw',
        payload: { reason: request.reason },
      } as const;
      await transition(id, command, user, key, { see: only(d) });
      return mine.view(id, user);
    },
  };
}
export type MyDossierActions = ReturnType<typeof createMyDossierActions>;
