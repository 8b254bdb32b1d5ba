import type { AgencyRef, CenterRef } from '../auth/auth-api.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { ResultDelivery } from '../catalog/enums.ts';
import { applicantName, type ApplicantView, type SubmitterView } from './applicant.ts';
import type { Actor } from './context.ts';
import type { DossierSummary, DossierView, FeePayment } from './dossier-api.ts';
import type { DossierState } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { isoOf } from './instant.ts';
import { awaitsAnswer, consultationResult } from '../consultation/consultation-timeliness.ts';
import { availableTransitions } from './lifecycle.ts';
import { partiesFor } from './masking.ts';
import { timelineOf } from './timeline.ts';
import { classifyState, stepSchedule, warningsOf } from './timeliness.ts';
import { NO_COMPOSITE, type CompositeLinks } from './composite.ts';
import { printableForms } from './printable-forms.ts';

/** What the server reads besides the state: identity, names and the stored records of the dossier. */
export type DossierRecord = {
  id: string;
  code: string;
  procedureName: string;
  agency: AgencyRef;
  /** Where it was received and its result is returned (DESIGN §13). */
  receivingCenter: CenterRef;
  applicant: ApplicantView;
  submitter: SubmitterView | null;
  resultDelivery: ResultDelivery;
  feePayment: FeePayment | null;
  documents: string[];
  notes: string | null;
  /** Parent and children of a composite dossier (none for most). */
  composite?: CompositeLinks;
};

/** Names the view shows: officers by id, consulted agencies by id. */
export type ViewNames = { people: ReadonlyMap<string, string>; agencies: ReadonlyMap<string, AgencyRef> };

const personOf = (id: string | null, names: ViewNames) =>
  id === null ? null : { id, fullName: names.people.get(id) ?? '' };

/** An inbox row (DESIGN §5 warnings computed at `now`). */
export function buildDossierSummary(
  clock: WorkingClock,
  state: DossierState,
  record: Pick<DossierRecord, 'id' | 'code' | 'procedureName' | 'applicant'>,
  now: Instant,
  names: ViewNames,
): DossierSummary {
  return {
    id: record.id,
    code: record.code,
    procedure: { code: state.procedure.code, name: record.procedureName },
    applicantName: applicantName(record.applicant),
    status: state.status,
    channel: state.channel,
    receivedAt: isoOf(state.receivedAt),
    dueAt: isoOf(state.dueAt),
    warnings: warningsOf(clock, state, now),
    assignee: personOf(state.assigneeId, names),
  };
}

/**
 * The whole dossier for a reader: masked (CCCD, phone, e-mail) unless the reader is an officer of
 * the dossier's agency (DESIGN §10), with the transitions the reader may take.
 */
export function buildDossierView(
  clock: WorkingClock,
  input: {
    state: DossierState;
    events: readonly DossierEventDraft[];
    record: DossierRecord;
    reader: Actor;
    now: Instant;
    names: ViewNames;
  },
): DossierView {
  const { state, record, reader, names } = input;
  const { masked, applicant, submitter } = partiesFor(state, reader, record);
  const unknownAgency = (id: string): AgencyRef => ({ code: '', slug: '', name: id });
  return {
    id: record.id,
    code: record.code,
    status: state.status,
    version: state.version,
    channel: state.channel,
    formSet: state.formSet,
    procedure: {
      code: state.procedure.code,
      version: state.procedure.version,
      name: record.procedureName,
      timeLimit: state.procedure.timeLimit,
    },
    agency: record.agency,
    receivingCenter: record.receivingCenter,
    applicant,
    submitter,
    masked,
    resultDelivery: record.resultDelivery,
    feePayment: record.feePayment,
    documents: record.documents,
    notes: record.notes,
    submittedAt: isoOf(state.submittedAt),
    receivedAt: isoOf(state.receivedAt),
    dueAt: isoOf(state.dueAt),
    resolvedAt: isoOf(state.resolution?.at ?? null),
    returnedAt: isoOf(state.returnedAt),
    pauses: state.pauses.map((p) => ({ start: isoOf(p.start), end: isoOf(p.end), reason: p.reason })),
    steps: stepSchedule(clock, state).map((s) => ({ ...s, expectedAt: isoOf(s.expectedAt) })),
    consultations: state.consultations.map((c) => ({
      ...c,
      deadline: isoOf(c.deadline),
      openedAt: isoOf(c.openedAt),
      answeredAt: isoOf(c.answeredAt),
      agency: names.agencies.get(c.agencyId) ?? unknownAgency(c.agencyId),
      result: consultationResult(c),
      answerable: c.agencyId === reader.agencyId && awaitsAnswer(c),
    })),
    apology: state.apology && {
      ...state.apology,
      at: isoOf(state.apology.at),
      newDueAt: isoOf(state.apology.newDueAt),
    },
    decision: state.decision && {
      ...state.decision,
      at: isoOf(state.decision.at),
      resultDocumentId: state.decision.resultDocumentId ?? null,
    },
    classification: classifyState(clock, state, input.now),
    warnings: warningsOf(clock, state, input.now),
    assignee: personOf(state.assigneeId, names),
    availableTransitions: availableTransitions(state, reader, input.now),
    timeline: timelineOf(input.events, 'agency', names.people),
    composite: record.composite ?? NO_COMPOSITE,
    checklist: state.procedure.checklist.map((item) => item.name),
    printableForms: printableForms(input.events, state.formSet),
  };
}
