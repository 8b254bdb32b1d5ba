import type { StatChange } from '../catalog/core.ts';
import type { dossier, dossierEvent } from '../../db/schema/index.ts';
import { consultationRowsOf, type ConsultationRow } from '../../modules/consultation/consultation-row.ts';
import { eventRowOf, newDossierRow } from '../../modules/dossier/dossier-row.ts';
import type { History } from './driver.ts';
import type { Party } from './party.ts';
import type { DossierPlan } from './plan.ts';

export type DossierRow = typeof dossier.$inferInsert;
export type EventRow = typeof dossierEvent.$inferInsert;
export type GeneratedRows = { dossier: DossierRow; events: EventRow[]; consultations: ConsultationRow[] };

/**
 * The rows of one driven dossier through the mappings a live reception and transitions use (`newDossierRow`,
 * `eventRowOf`, `consultationRowsOf`):
 * its statistics contribution, the counter that received it, the look-up secret only as its hash (DESIGN §6).
 * Its mails are mails.ts's.
 */
export function rowsOf(
  centerId: string,
  id: string,
  code: string,
  secret: string,
  plan: DossierPlan,
  party: Party,
  history: History,
  stats: StatChange[],
  counterId: string | null,
): GeneratedRows {
  const row: DossierRow = newDossierRow({
    id,
    centerId,
    // DESIGN §13: worked on at the agency's center, received (and numbered, and returned) where the plan says.
    receivedCenterId: plan.receivedAt?.centerId ?? centerId,
    code,
    secret,
    state: history.state,
    procedure: { versionId: plan.procedure.id, fieldId: plan.procedure.fieldId },
    stats,
    applicant: party.applicant,
    submitter: party.submitter,
    details: { resultDelivery: party.resultDelivery, feePayment: party.feePayment, documents: [], notes: null },
    counterId,
    ownerId: party.ownerId,
  });
  const refs = { centerId, dossierId: id, agencyId: plan.agencyId };
  const events = history.events.map((e) => eventRowOf(e, refs));
  const consulted = { centerId, dossierId: id, leadAgencyId: plan.agencyId };
  return { dossier: row, events, consultations: consultationRowsOf(consulted, history.state, history.events) };
}
