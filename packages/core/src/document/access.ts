import type { Role } from '../auth/role.ts';

/**
 * Who reads: their roles, agency (null for directors, admins, citizens and a branch's officers) and center (null
 * above the centers).
 */
export type DossierReader = { roles: readonly Role[]; agencyId: string | null; centerId: string | null };
export type DocumentReader = DossierReader & { id: string };
/**
 * What seeing a dossier depends on: its agency, the agencies it consults, the center it is worked on at and the
 * one that received it (DESIGN §13).
 */
export type DossierAudience = {
  agencyId: string;
  consultations: readonly { agencyId: string }[];
  centerId: string;
  receivedCenterId: string;
};
/** What access depends on: who uploaded it, from which agency, and the dossier it is attached to. */
export type DocumentOwnership = {
  uploadedBy: string;
  agencyId: string;
  dossier: ({ id: string } & DossierAudience) | null;
};

/**
 * Who may see a dossier (DESIGN §1, §13): directors and admins every one; an officer their own agency's
 * dossiers wherever received and those their agency is consulted on (liên thông, DESIGN §6: the consulted
 * agency reads the dossier to give its opinion); a branch's officer what the branch received; a center's
 * director their center's. Anyone else, citizens included, sees none here (they look theirs up by code and secret). A dossier's documents go with it: whoever may see the dossier may see them.
 */
export function maySeeDossier(dossier: DossierAudience, reader: DossierReader): boolean {
  if (reader.roles.includes('director') || reader.roles.includes('admin')) return true;
  const { agencyId, centerId } = reader;
  // DESIGN §13: a center's own leader sees what it received and what it works on.
  const ofCenter = centerId !== null && (dossier.receivedCenterId === centerId || dossier.centerId === centerId);
  if (reader.roles.includes('center_director') && ofCenter) return true;
  // A branch's officers (no agency) see what their branch received, whichever agency works on it.
  if (agencyId === null) return isOfficer(reader) && centerId !== null && dossier.receivedCenterId === centerId;
  return dossier.agencyId === agencyId || dossier.consultations.some((c) => c.agencyId === agencyId);
}

const isOfficer = (reader: DossierReader) =>
  reader.roles.some((r) => r === 'counter' || r === 'appraiser' || r === 'approver' || r === 'agency_head');

/** Before it is attached an upload is its uploader's alone; after, it is the dossier's (`maySeeDossier`). */
export const mayReadDocument = (document: DocumentOwnership, reader: DocumentReader): boolean =>
  document.dossier ? maySeeDossier(document.dossier, reader) : document.uploadedBy === reader.id;

export type AttachDecision =
  | { ok: true; attach: boolean }
  | { ok: false; code: 'dossier.not_found' | 'document.not_found' | 'document.already_attached' };

/**
 * Attaching an upload to a dossier (DESIGN §6 "originals never overwritten"): by an officer of the
 * dossier's agency, for an upload made in that agency, once (a consulted agency reads the documents, it
 * adds none). Attaching it again to the same dossier changes nothing; to another dossier is refused.
 */
export function decideAttach(
  document: DocumentOwnership,
  dossier: { id: string; agencyId: string },
  actor: DocumentReader,
): AttachDecision {
  if (actor.agencyId !== dossier.agencyId) return { ok: false, code: 'dossier.not_found' };
  if (document.agencyId !== actor.agencyId) return { ok: false, code: 'document.not_found' };
  if (!document.dossier) return { ok: true, attach: true };
  return document.dossier.id === dossier.id
    ? { ok: true, attach: false }
    : { ok: false, code: 'document.already_attached' };
}

/**
 * Which dossiers an officer's list shows (DESIGN §6 inbox, §13), within what `maySeeDossier` allows: an agency's
 * officer their agency's; a center's director what their center received or works on; a branch's officer what the
 * branch received; nobody else has a list (directors and admins open dossiers from reports and search).
 */
export type DossierListScope =
  | { kind: 'agency'; agencyId: string }
  | { kind: 'center'; centerId: string }
  | { kind: 'received_at'; centerId: string };

export function dossierListScope(reader: DossierReader): DossierListScope | null {
  if (reader.agencyId !== null) return { kind: 'agency', agencyId: reader.agencyId };
  if (reader.centerId === null) return null;
  if (reader.roles.includes('center_director')) return { kind: 'center', centerId: reader.centerId };
  return isOfficer(reader) ? { kind: 'received_at', centerId: reader.centerId } : null;
}

/** Whether a dossier is in a list's scope: what the list's query filters on, written once more for its tests. */
export function inListScope(scope: DossierListScope, dossier: DossierAudience): boolean {
  if (scope.kind === 'agency') return dossier.agencyId === scope.agencyId;
  if (scope.kind === 'received_at') return dossier.receivedCenterId === scope.centerId;
  return dossier.receivedCenterId === scope.centerId || dossier.centerId === scope.centerId;
}
