import type { DossierState, PersonalDataView } from '@motcua/core';
import type { SessionUser } from '../../platform/auth/session-user.ts';

/** One view of a dossier by a signed-in reader, as the dossier's use cases report it to the access log. */
export type PersonalDataViewed = {
  dossier: { id: string; centerId: string; state: Pick<DossierState, 'agencyId' | 'consultations'> };
  user: SessionUser;
  view: PersonalDataView;
  /** Whether the JSON view came masked (core `partiesFor`); a form is recorded either way (core `logsPersonalDataView`). */
  masked?: boolean;
  requestId: string | null;
};

/**
 * The personal-data access log's append (the personal-data-access module, wired in app.ts), declared here by its
 * consumer: a view awaits it before its data leaves, so a view that cannot be recorded fails (NĐ 13/2023/NĐ-CP).
 */
export type RecordPersonalDataView = (viewed: PersonalDataViewed) => Promise<void>;
