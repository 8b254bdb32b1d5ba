import {
  applicantName,
  foldText,
  phoneLast4,
  type ApplicantView,
  type DossierEventDraft,
  type DossierState,
  type StatChange,
  type SubmitterView,
} from '@motcua/core';
import type { SQL } from 'drizzle-orm';
import type { dossier, dossierEvent } from '../../db/schema/index.ts';
import type { DossierDetails } from './dossier-repo.ts';
import { hashLookupSecret } from './lookup-secret.ts';

type DossierInsert = typeof dossier.$inferInsert;

const instant = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The columns of a dossier row that follow from its state: the one mapping, used by every transition
 * and by `newDossierRow`. The whole state is kept in `state`.
 */
export function dossierColumnsOf(
  state: DossierState,
): Pick<
  DossierInsert,
  | 'status'
  | 'version'
  | 'channel'
  | 'submittedAt'
  | 'receivedAt'
  | 'dueAt'
  | 'resolvedAt'
  | 'resolution'
  | 'returnedAt'
  | 'assigneeId'
  | 'state'
  | 'updatedAt'
> {
  return {
    status: state.status,
    version: state.version,
    channel: state.channel,
    submittedAt: new Date(state.submittedAt ?? state.openedAt),
    receivedAt: instant(state.receivedAt),
    dueAt: instant(state.dueAt),
    resolvedAt: instant(state.resolution?.at ?? null),
    resolution: state.resolution?.kind ?? null,
    returnedAt: instant(state.returnedAt),
    assigneeId: state.assigneeId,
    state,
    updatedAt: new Date(state.updatedAt),
  };
}

/** A dossier as first written: what it follows and who it is for; the rest of its row follows from these. */
export type NewDossier<Counter> = {
  id: string;
  /** The competent agency's center, and the center that received it (DESIGN §13; the same unless routed). */
  centerId: string;
  receivedCenterId: string;
  /** The dossier's code (DESIGN §6) and its look-up secret in clear: only the secret's hash is kept. */
  code: string;
  secret: string;
  /** The state the core opened it in: its agency, procedure code and state columns come from it. */
  state: DossierState;
  /** The procedure version it follows and the field it is counted under. */
  procedure: { versionId: string; fieldId: string };
  /** What it adds to the statistics ([] for a composite's child: the parent is counted once). */
  stats: StatChange[];
  applicant: ApplicantView;
  submitter: SubmitterView | null;
  details: DossierDetails;
  /** The counter that received it: an id, null, or an SQL sub-select run with the insert. */
  counterId: Counter;
  /** The composite's parent, for a child (DESIGN §6). */
  parentId?: string | null;
  /** The citizen account of an online dossier. */
  ownerId?: string | null;
};

export type NewDossierRow<Counter> = Omit<DossierInsert, 'counterId'> & { id: string; counterId: Counter };

/**
 * The row of a new dossier, the one mapping used by a reception at the counter, a composite's children
 * and the demo generator's bulk rows: its state columns (`dossierColumnsOf`), the applicant's name
 * folded for search and the phone's last 4 digits for the look-up (DESIGN §11), the secret's hash.
 */
export function newDossierRow<Counter extends string | null | SQL>(d: NewDossier<Counter>): NewDossierRow<Counter> {
  const name = applicantName(d.applicant);
  return {
    id: d.id,
    ...dossierColumnsOf(d.state),
    centerId: d.centerId,
    receivedCenterId: d.receivedCenterId,
    agencyId: d.state.agencyId,
    fieldId: d.procedure.fieldId,
    stats: d.stats,
    code: d.code,
    procedureVersionId: d.procedure.versionId,
    procedureCode: d.state.procedure.code,
    parentId: d.parentId ?? null,
    ownerId: d.ownerId ?? null,
    applicant: d.applicant,
    submitter: d.submitter,
    details: d.details,
    applicantName: name,
    applicantNameFolded: foldText(name),
    phoneLast4: phoneLast4(d.applicant.phone),
    secretHash: hashLookupSecret(d.code, d.secret),
    counterId: d.counterId,
  };
}

/** An event as appended to `dossier_event` (never updated: a trigger refuses it). */
export function eventRowOf(
  event: DossierEventDraft,
  refs: { centerId: string; dossierId: string; agencyId: string },
): typeof dossierEvent.$inferInsert {
  return {
    centerId: refs.centerId,
    dossierId: refs.dossierId,
    seq: event.version,
    type: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    at: new Date(event.at),
    actorId: event.actorId,
    agencyId: refs.agencyId,
    payload: event.payload as object,
  };
}
