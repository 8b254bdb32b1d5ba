import {
  buildDossierView,
  maySeeDossier,
  type CompositeLinks,
  type DossierEventDraft,
  type DossierView,
  type FeePayment,
  type ResultDelivery,
  type WorkingClock,
} from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import type { DossierRepo, StoredDossier } from './dossier-repo.ts';

/** What a view shows of a dossier: a stored one, or one a reception has just made. */
export type ViewedDossier = Pick<
  StoredDossier,
  | 'id'
  | 'code'
  | 'procedureName'
  | 'agency'
  | 'receivingCenter'
  | 'applicant'
  | 'submitter'
  | 'details'
  | 'state'
  | 'parentId'
>;

/** The dossier when the reader may see it (core `maySeeDossier`); anyone else gets 404, not a hint that it exists. */
export function visibleTo(d: StoredDossier | undefined, user: SessionUser): StoredDossier {
  if (!d || !maySeeDossier({ ...d.state, centerId: d.centerId, receivedCenterId: d.receivedCenterId }, user))
    throw new AppError('dossier.not_found');
  return d;
}

const recordOf = (d: ViewedDossier, composite: CompositeLinks) => ({
  composite,
  id: d.id,
  code: d.code,
  procedureName: d.procedureName,
  agency: d.agency,
  receivingCenter: d.receivingCenter,
  applicant: d.applicant,
  submitter: d.submitter,
  resultDelivery: (d.details.resultDelivery ?? 'counter') as ResultDelivery,
  feePayment: (d.details.feePayment ?? null) as FeePayment | null,
  documents: d.details.documents ?? [],
  notes: d.details.notes ?? null,
});

/**
 * The view of a dossier for its reader (core `buildDossierView`) with the names it shows; `known` skips
 * reading what the caller already holds (a reception's own events, a plain dossier's empty links).
 */
export async function viewOf(
  repo: DossierRepo,
  d: ViewedDossier,
  ctx: { user: SessionUser; clock: WorkingClock; now: number },
  known?: { events: DossierEventDraft[]; composite?: CompositeLinks },
): Promise<DossierView> {
  const { user } = ctx;
  const events = known?.events ?? (await repo.events(d.id));
  const ids = [...events.map((e) => e.actorId), d.state.assigneeId ?? ''].filter((id) => id !== user.id);
  const people = await repo.peopleNames(ids);
  people.set(user.id, user.fullName);
  const agencies = await repo.agencyRefs(d.state.consultations.map((c) => c.agencyId));
  const composite = known?.composite ?? (await repo.compositeLinks(d.id, d.parentId));
  return buildDossierView(ctx.clock, {
    state: d.state,
    events,
    record: recordOf(d, composite),
    reader: actorOf(user),
    now: ctx.now,
    names: { people, agencies },
  });
}
