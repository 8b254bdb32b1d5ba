import { findDossierCode, type DossierView } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import type { ReadDeps } from './dossier-deps.ts';
import { viewOf, visibleTo } from './dossier-view.ts';

/** Opening a dossier, by its id or by its code (the counter's QR scanner types the code, DESIGN §3). */
export function createViewDossier(deps: ReadDeps) {
  const { db, now } = deps;
  const repo = createDossierRepo(db);

  const view = async (found: StoredDossier | undefined, user: SessionUser): Promise<DossierView> =>
    viewOf(repo, visibleTo(found, user), { user, clock: await deps.clock(), now: now().getTime() });

  return {
    byId: async (id: string, user: SessionUser): Promise<DossierView> => view(await repo.findById(id), user),

    /** The code anywhere in what was typed or scanned (a receipt's QR holds a link). */
    async byCode(text: string, user: SessionUser): Promise<DossierView> {
      const code = findDossierCode(text);
      if (!code) throw new AppError('dossier.not_found');
      return view(await repo.findByCode(code), user);
    },
  };
}
export type ViewDossier = ReturnType<typeof createViewDossier>;
