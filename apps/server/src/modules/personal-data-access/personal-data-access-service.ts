import {
  logsPersonalDataView,
  personalDataGround,
  type PersonalDataAccessPage,
  type PersonalDataAccessQuery,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RecordPersonalDataView } from '../dossier/personal-data-viewed.ts';
import { createPersonalDataAccessRepo } from './personal-data-access-repo.ts';

/** The personal-data access log (NĐ 13/2023/NĐ-CP, DESIGN §14): written by every view, read by heads and directors. */
export function createPersonalDataAccessService(deps: { db: Database; now: () => Date }) {
  const repo = createPersonalDataAccessRepo(deps.db);
  return {
    /**
     * Appends the view before the data leaves (core decides whether and on what ground): if the log cannot be
     * written, the view fails rather than go unrecorded.
     */
    record: (async ({ dossier, user, view, masked, requestId }) => {
      const ground = personalDataGround(dossier.state, user);
      if (ground === null || !logsPersonalDataView(view, masked ?? false)) return;
      await repo.append({
        centerId: dossier.centerId,
        dossierId: dossier.id,
        agencyId: dossier.state.agencyId,
        officerId: user.id,
        ground,
        view,
        requestId,
        accessedAt: deps.now(),
      });
    }) satisfies RecordPersonalDataView,

    /** A page of the log: the director's of every agency, an agency head's of their agency's dossiers only. */
    async list(user: SessionUser, query: PersonalDataAccessQuery): Promise<PersonalDataAccessPage> {
      const director = user.roles.includes('director');
      if (!director && (user.agencyId === null || !user.roles.includes('agency_head')))
        throw new AppError('auth.forbidden');
      const { page, pageSize, from, to, ...ids } = query;
      return repo.page(
        {
          ...ids,
          agencyId: director ? null : user.agencyId,
          from: from === undefined ? undefined : new Date(from),
          to: to === undefined ? undefined : new Date(to),
        },
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
    },
  };
}
export type PersonalDataAccessService = ReturnType<typeof createPersonalDataAccessService>;
