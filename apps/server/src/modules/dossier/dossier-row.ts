import type { DossierEventDraft, DossierState } from '@motcua/core';
import type { dossier, dossierEvent } from '../../db/schema/index.ts';

const instant = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The columns of a dossier row that follow from its state: the one mapping, used by the service for
 * each transition and by the demo generator for bulk writes. The whole state is kept in `state`.
 */
export function dossierColumnsOf(
  state: DossierState,
): Pick<
  typeof dossier.$inferInsert,
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
