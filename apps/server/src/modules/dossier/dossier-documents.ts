import { applicantName, FORM_SETS, handOversOf, isFinal } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { controlSheetPdf } from '../../documents/forms/control-sheet-pdf.ts';
import { receiptPdf } from '../../documents/forms/receipt-pdf.ts';
import { noticePdf, type NoticeData } from '../../documents/forms/notice-pdf.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { DossierRepo, StoredDossier } from './dossier-repo.ts';
import { visibleTo } from './dossier-view.ts';
import { signedHandOvers, type Signer } from './hand-over-officers.ts';
import { hashLookupSecret } from './lookup-secret.ts';
import { NOTICE_EVENTS, noticeContent } from './notice-content.ts';
import { receiptContent } from './receipt-content.ts';
import type { RecordPersonalDataView } from './personal-data-viewed.ts';

/** The forms of a dossier as PDFs (DESIGN §6), from the set in force on its reception day. */
export function createDossierDocuments(deps: {
  dossiers: DossierRepo;
  /** A center's name and address (DESIGN §13: the receiving center heads the forms and returns the result). */
  centerOf: (id: string) => Promise<{ name: string; address: string | null }>;
  /** The address printed in the receipt's QR, read at each print (it may be known only once the server listens). */
  publicUrl: () => string;
  now: () => Date;
  /** Every form printed for an officer is recorded: it names the applicant on paper (DESIGN §14). */
  recordView: RecordPersonalDataView;
  /** Who may print (default: the officers who see the dossier); the citizen's portal passes its own owner check. */
  see?: (d: StoredDossier | undefined, user: SessionUser) => StoredDossier;
}) {
  const { dossiers, recordView } = deps;
  const see = deps.see ?? visibleTo;
  const formSetOf = (id: string) => FORM_SETS.find((s) => s.id === id) ?? FORM_SETS[FORM_SETS.length - 1]!;

  return {
    /**
     * The receipt. The secret is stored only as a hash: it is printed when the caller gives it (right
     * after reception, or from the citizen's receipt) and matches; a reprint without it leaves it out.
     */
    async receipt(id: string, user: SessionUser, secret: string | undefined, requestId: string | null = null) {
      const d = see(await dossiers.findById(id), user);
      const receive = (await dossiers.events(id)).find((e) => e.type === 'receive');
      if (!receive || d.state.receivedAt === null) throw new AppError('lifecycle.transition_not_allowed');
      const known = secret !== undefined && hashLookupSecret(d.code, secret) === d.secretHash;
      const people = await dossiers.peopleNames([receive.actorId]);
      const content = receiptContent({
        dossier: d,
        receive,
        formSet: formSetOf(d.state.formSet),
        reader: user,
        secret: known ? secret.toUpperCase() : null,
        publicUrl: deps.publicUrl(),
        center: await deps.centerOf(d.receivedCenterId),
        officerName: people.get(receive.actorId) ?? '',
        counter: await dossiers.receptionCounter(id),
      });
      await recordView({ dossier: d, user, view: 'receipt', requestId });
      return receiptPdf(content);
    },

    /** Forms 02–05 from the event that issued them (the latest one of its kind). */
    async notice(id: string, user: SessionUser, kind: NoticeData['kind'], requestId: string | null = null) {
      const d = see(await dossiers.findById(id), user);
      const events = await dossiers.events(id);
      const event = events.findLast((e) => NOTICE_EVENTS[kind].includes(e.type));
      const formSet = formSetOf(d.state.formSet);
      if (!event || !formSet.forms[kind]) throw new AppError('dossier.form_not_available');
      const people = await dossiers.peopleNames([event.actorId]);
      await recordView({ dossier: d, user, view: 'notice', requestId });
      return noticePdf({
        formSet,
        kind,
        centerName: (await deps.centerOf(d.receivedCenterId)).name,
        agencyName: d.agency.name,
        code: d.code,
        applicantName: applicantName(d.applicant),
        procedureName: d.procedureName,
        at: new Date(event.at),
        ...noticeContent(kind, event, d.state.dueAt),
        signer: people.get(event.actorId) ?? '',
      });
    },

    /** The control sheet: a row per hand-over, each signed by the officers who gave and received the dossier. */
    async controlSheet(id: string, user: SessionUser, requestId: string | null = null): Promise<Buffer> {
      const d = see(await dossiers.findById(id), user);
      const events = await dossiers.events(id);
      const consulted = await dossiers.agencyRefs(d.state.consultations.map((c) => c.agencyId));
      const received = await deps.centerOf(d.receivedCenterId);
      // DESIGN §13: a routed dossier's sheet shows the hand-over between the receiving and the competent center.
      const routed =
        d.receivedCenterId === d.centerId
          ? undefined
          : { received: received.name, competent: (await deps.centerOf(d.centerId)).name };
      const rows = signedHandOvers(handOversOf(events, d.agency.name, d.state.dueAt, consulted, routed));
      const ids = rows.flatMap((r) => [r.giver, r.receiver]).flatMap((s) => (s === 'applicant' ? [] : [s.officerId]));
      const people = await dossiers.peopleNames(ids.filter((i) => i !== null));
      await recordView({ dossier: d, user, view: 'control_sheet', requestId });
      const nameOf = (s: Signer) =>
        s === 'applicant' ? applicantName(d.applicant) : (people.get(s.officerId ?? '') ?? '');
      return controlSheetPdf({
        formSet: formSetOf(d.state.formSet),
        centerName: received.name,
        code: d.code,
        applicantName: applicantName(d.applicant),
        procedureName: d.procedureName,
        receivedAt: new Date(d.state.receivedAt ?? d.state.openedAt),
        dueAt: d.state.dueAt === null ? null : new Date(d.state.dueAt),
        handOvers: rows.map(({ giver, receiver, ...h }) => ({
          ...h,
          at: new Date(h.at),
          giver: nameOf(giver),
          receiver: nameOf(receiver),
        })),
        open: !isFinal(d.state.status),
        printedAt: deps.now(),
      });
    },
  };
}
export type DossierDocuments = ReturnType<typeof createDossierDocuments>;
