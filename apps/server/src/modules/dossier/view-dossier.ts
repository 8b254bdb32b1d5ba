import { findDossierCode, type DossierView } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import { dossierClock } from './dossier-clock.ts';
import type { ReadDeps } from './dossier-deps.ts';
import { viewOf, visibleTo } from './dossier-view.ts';
import type { RecordPersonalDataView } from './personal-data-viewed.ts';

/** Opening a dossier, by its id or by its code (the counter's QR scanner types the code, DESIGN §3). */
export function createViewDossier(deps: ReadDeps & { recordView: RecordPersonalDataView }) {
  const { db, now } = deps;
  const repo = createDossierRepo(db);

  /** The view for its reader, recorded in the access log when it shows personal data unmasked (DESIGN §14). */
  const view = async (found: StoredDossier | undefined, user: SessionUser, requestId: string | null) => {
    const dossier = visibleTo(found, user);
    const clock = dossierClock(await deps.clocks(), dossier);
    const shown = await viewOf(repo, dossier, { user, clock, now: now().getTime() });
    await deps.recordView({ dossier, user, view: 'dossier', masked: shown.masked, requestId });
    return shown;
  };

  return {
    byId: async (id: string, user: SessionUser, requestId: string | null = null): Promise<DossierView> =>
      view(await repo.findById(id), user, requestId),

    /** The code anywhere in what was typed or scanned (a receipt's QR holds a link). */
    async byCode(text: string, user: SessionUser, requestId: string | null = null): Promise<DossierView> {
      const code = findDossierCode(text);
      if (!code) throw new AppError('dossier.not_found');
      return view(await repo.findByCode(code), user, requestId);
    },
  };
}
export type ViewDossier = ReturnType<typeof createViewDossier>;
