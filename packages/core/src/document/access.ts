import type { Role } from '../auth/role.ts';

/** Who reads: their roles and agency (null for directors, admins, citizens and a branch's officers). */
export type DossierReader = { roles: readonly Role[]; agencyId: string | null };
export type DocumentReader = DossierReader & { id: string };
/** What seeing a dossier depends on: its agency and the agencies it consults (a `DossierState` is one). */
export type DossierAudience = { agencyId: string; consultations: readonly { agencyId: string }[] };
/** What access depends on: who uploaded it, from which agency, and the dossier it is attached to. */
export type DocumentOwnership = {
  uploadedBy: string;
  agencyId: string;
  dossier: ({ id: string } & DossierAudience) | null;
};

/**
 * Who may see a dossier (DESIGN §1): directors and admins every one; an officer their own agency's
 * dossiers and those their agency is consulted on (liên thông, DESIGN §6: the consulted agency reads
 * the dossier to give its opinion). Anyone else, citizens included, sees none here (they look theirs up
 * by code and secret). A dossier's documents go with it: whoever may see the dossier may see them.
 */
export function maySeeDossier(dossier: DossierAudience, reader: DossierReader): boolean {
  if (reader.roles.includes('director') || reader.roles.includes('admin')) return true;
  const agencyId = reader.agencyId;
  if (agencyId === null) return false;
  return dossier.agencyId === agencyId || dossier.consultations.some((c) => c.agencyId === agencyId);
}

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
