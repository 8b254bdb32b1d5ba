import type { DossierChannel } from '../dossier/dossier-state.ts';
import type { MyDossierLink } from './online-api.ts';

/** What the scope rule reads of a dossier. */
export type ScopedDossier = {
  ownerId: string | null;
  channel: DossierChannel;
  /** The applicant's identity number as recorded (`applicant->>'cccd'`); null for an organisation. */
  applicantCccd: string | null;
  /** A composite's child: its citizen follows the parent. */
  parentId: string | null;
  /** Linked to the reader by its code and secret (`citizen_dossier_link`). */
  linked: boolean;
};

/** The reader: their account and, only once the national identity proved it, their identity number. */
export type ScopeReader = { id: string; verifiedCccd: string | null };

/**
 * How a dossier is the citizen's, or null when it is not (DESIGN §15): their own online dossier ('owner'); a counter
 * dossier of their identity number, only when the national identity verified it ('identity': a self-declared number
 * links nothing, anyone can type one); one linked by its receipt's code and secret ('secret'). A composite's child is
 * never listed on its own: the citizen follows the parent.
 */
export function myDossierLink(d: ScopedDossier, reader: ScopeReader): MyDossierLink | null {
  if (d.parentId !== null) return null;
  if (d.ownerId !== null && d.ownerId === reader.id) return 'owner';
  if (d.channel !== 'online' && reader.verifiedCccd !== null && d.applicantCccd === reader.verifiedCccd)
    return 'identity';
  return d.linked ? 'secret' : null;
}
