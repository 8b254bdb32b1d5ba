import { consultationResult, type DossierEventDraft, type DossierState } from '@motcua/core';
import type { consultation } from '../../db/schema/index.ts';

export type ConsultationRow = typeof consultation.$inferInsert;
export type ConsultationRefs = { centerId: string; dossierId: string; leadAgencyId: string };

const CONSULTING = 'in_consultation';
const instant = (ms: number | null) => (ms === null ? null : new Date(ms));
/** Ends whatever the dossier awaited: consolidation, or a withdrawal or stop in consultation. */
const leavesConsultation = (e: DossierEventDraft) => e.fromStatus === CONSULTING && e.toStatus !== CONSULTING;
const touchesConsultations = (e: DossierEventDraft) =>
  e.type === 'open_consultation' || e.type === 'record_opinion' || leavesConsultation(e);

/**
 * The consultation rows of a dossier as its state stands after `events` (the one mapping: a transition
 * passes its event, the demo generator a dossier's whole history). None when no event concerns a
 * consultation. A row is closed by the first of the events that takes the dossier out of consultation
 * after the row was opened; rows closed earlier keep their moment (the upsert does not clear it).
 */
export function consultationRowsOf(
  refs: ConsultationRefs,
  state: DossierState,
  events: readonly DossierEventDraft[],
): ConsultationRow[] {
  if (!events.some(touchesConsultations)) return [];
  const leaving = events.filter(leavesConsultation);
  return state.consultations.map((c) => ({
    ...refs,
    no: c.no,
    agencyId: c.agencyId,
    question: c.question,
    deadline: new Date(c.deadline),
    openedAt: new Date(c.openedAt),
    answeredAt: instant(c.answeredAt),
    answeredBy: c.answeredBy,
    opinion: c.opinion,
    agrees: c.agrees,
    lapsed: c.lapsed,
    result: consultationResult(c),
    closedAt: instant(leaving.find((e) => e.at >= c.openedAt)?.at ?? null),
  }));
}
