import { applicantName, foldText, phoneLast4, type StatChange } from '../catalog/core.ts';
import type { dossier, dossierEvent } from '../../db/schema/index.ts';
import { dossierColumnsOf, eventRowOf } from '../../modules/dossier/dossier-row.ts';
import { hashLookupSecret } from '../../modules/dossier/lookup-secret.ts';
import type { History } from './driver.ts';
import type { Party } from './party.ts';
import type { DossierPlan } from './plan.ts';

export type DossierRow = typeof dossier.$inferInsert;
export type EventRow = typeof dossierEvent.$inferInsert;
export type GeneratedRows = { dossier: DossierRow; events: EventRow[] };

/**
 * The rows of one driven dossier: its columns and events through the one mapping the service uses
 * (`dossierColumnsOf`, `eventRowOf`) with its statistics contribution, the counter that received it,
 * and the look-up secret only as its hash (DESIGN §6). Its mails are mails.ts's.
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
  const name = applicantName(party.applicant);
  const row: DossierRow = {
    ...dossierColumnsOf(history.state),
    id,
    centerId,
    agencyId: plan.agencyId,
    fieldId: plan.procedure.fieldId,
    stats,
    code,
    procedureVersionId: plan.procedure.id,
    procedureCode: plan.procedure.code,
    applicant: party.applicant,
    submitter: party.submitter,
    ownerId: party.ownerId,
    applicantName: name,
    applicantNameFolded: foldText(name),
    phoneLast4: phoneLast4(party.applicant.phone),
    secretHash: hashLookupSecret(code, secret),
    counterId,
    details: { resultDelivery: party.resultDelivery, feePayment: party.feePayment, documents: [], notes: null },
  };
  const refs = { centerId, dossierId: id, agencyId: plan.agencyId };
  const events = history.events.map((e) => eventRowOf(e, refs));
  return { dossier: row, events };
}
