import type { Role } from '../auth/role.ts';

export type DocumentReader = { id: string; roles: readonly Role[]; agencyId: string | null };
/** What access depends on: who uploaded it, from which agency, and the dossier it is attached to. */
export type DocumentOwnership = {
  uploadedBy: string;
  agencyId: string;
  dossier: { id: string; agencyId: string } | null;
};

/** A dossier's documents are seen by its agency's officers and by directors, like the dossier. */
export const maySeeDossierDocuments = (dossierAgencyId: string, reader: DocumentReader): boolean =>
  reader.roles.includes('director') || reader.agencyId === dossierAgencyId;

/** Before it is attached an upload is its uploader's alone; after, it is the dossier's. */
export const mayReadDocument = (document: DocumentOwnership, reader: DocumentReader): boolean =>
  document.dossier ? maySeeDossierDocuments(document.dossier.agencyId, reader) : document.uploadedBy === reader.id;

export type AttachDecision =
  | { ok: true; attach: boolean }
  | { ok: false; code: 'dossier.not_found' | 'document.not_found' | 'document.already_attached' };

/**
 * Attaching an upload to a dossier (DESIGN §6 "originals never overwritten"): by an officer of the
 * dossier's agency, for an upload made in that agency, once. Attaching it again to the same dossier
 * changes nothing; to another dossier is refused.
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
