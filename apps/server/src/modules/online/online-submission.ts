import {
  checkOnlineForm,
  fileIds,
  givenDocuments,
  ResultDelivery,
  routeDossier,
  statContribution,
  submitOnline,
  type FormField,
  type OnlineForm,
  type Routing,
  type WorkingClock,
} from '@motcua/core';
import type { Applicant, Submitter } from '@motcua/core';
import type { Transaction } from '../../db/database.ts';
import type { WriteBatch } from '../../db/write-batch.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import { dossierChangeNotice } from '../../platform/notify/dossier-notify.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import type { StoredVersion } from '../catalog/catalog-repo.ts';
import { snapshotOf } from '../dossier/composite-intake.ts';
import type { CommandDeps } from '../dossier/dossier-deps.ts';
import type { DossierDetails } from '../dossier/dossier-repo.ts';
import { mailsFor } from '../dossier/dossier-mail.ts';
import { eventRowOf, newDossierRow } from '../dossier/dossier-row.ts';
import { createDossierWriteRepo } from '../dossier/dossier-write-repo.ts';
import { lifecycleError } from '../dossier/lifecycle-error.ts';
import { newLookupSecret, type RandomBytes } from '../dossier/lookup-secret.ts';
import { takeDossierCode } from '../dossier/take-dossier-code.ts';
import { createStoredDocumentRepo } from '../store/stored-document-repo.ts';
import { createOnlineRepo, type Citizen } from './online-repo.ts';
import { invalid, partiesOf } from './online-parties.ts';

export type OnlineDeps = CommandDeps & { random?: RandomBytes };

/** Everything a submission reads before its transaction (PGlite: one connection). */
export type Submission = {
  at: Date;
  version: StoredVersion;
  form: OnlineForm;
  citizen: Citizen;
  applicant: Applicant;
  submitter: Submitter | null;
  routing: Extract<Routing, { ok: true }>;
  centerName: string;
  clock: WorkingClock;
};

/** The steps of an online submission shared by a new dossier and a submitted draft (DESIGN §6, §15). */
export function createOnlineSubmission(deps: OnlineDeps) {
  const { db } = deps;

  /** The procedure in force, offered online (`dossier.procedure_not_online` otherwise). */
  async function procedureOf(code: string): Promise<StoredVersion> {
    const version = await deps.catalog.findInForce(code, deps.today());
    if (!version) throw new AppError('catalog.procedure_not_found');
    if (version.procedure.onlineLevel === 'none')
      throw lifecycleError({ ok: false, code: 'lifecycle.guard_failed', reason: 'dossier.procedure_not_online' });
    return version;
  }

  /** The form against the procedure's fields: always the store's ownership, on submission everything. */
  async function checkForm(fields: readonly FormField[], form: OnlineForm, user: SessionUser, submit: boolean) {
    const named = fields.filter((f) => f.type === 'file').flatMap((f) => fileIds(form.fields[f.name]));
    const own = await createStoredDocumentRepo(db).ownedIds(user.id, [...named, ...form.documents]);
    const issues = checkOnlineForm(fields, form, { submit, own });
    if (issues.length > 0) throw invalid(issues);
  }

  /** What a submission needs, read and checked before its transaction. */
  async function prepare(version: StoredVersion, form: OnlineForm, user: SessionUser): Promise<Submission> {
    await checkForm(version.procedure.formFields, form, user, true);
    const citizen = await createOnlineRepo(db).citizen(user.id);
    if (!citizen) throw new AppError('auth.forbidden');
    const { applicant, submitter } = partiesOf(form, citizen);
    // DESIGN §13: an online dossier is received by its agency's own center.
    const center = await deps.getCenter(db, version.centerId);
    const agency = { id: version.agencyId, code: version.agency.code, centerId: version.centerId };
    const routing = routeDossier(center, agency, deps.today());
    if (!routing.ok) throw new AppError(routing.code);
    const clock = (await deps.clocks())(routing.receivedCenterId, deps.today());
    return { at: deps.now(), version, form, citizen, applicant, submitter, routing, centerName: center.name, clock };
  }

  /**
   * The dossier recorded under `id` (a submitted draft keeps its id): the core's `submitOnline`, the code, the row with
   * its form, events, statistics, the store documents given, the confirmation mail. In the caller's transaction.
   */
  async function record(tx: Transaction, batch: WriteBatch, id: string, s: Submission, user: SessionUser) {
    const { version, at } = s;
    const ctx = { now: at.getTime(), actor: actorOf(user), clock: s.clock };
    const submitted = submitOnline({ agencyId: version.agencyId, procedure: snapshotOf(version) }, ctx);
    if (!submitted.ok) throw lifecycleError(submitted);
    const writes = createDossierWriteRepo(tx);
    const code = await takeDossierCode(tx, s.routing.unitCode, at.getTime());
    const fields = version.procedure.formFields;
    const delivery = ResultDelivery.safeParse(s.form.fields.delivery);
    const stats = statContribution(s.clock, submitted.state);
    const row = newDossierRow({
      id,
      centerId: s.routing.centerId,
      receivedCenterId: s.routing.receivedCenterId,
      code,
      // The citizen never needs it: their account follows the dossier; reception issues the receipt's secret.
      secret: newLookupSecret(deps.random),
      state: submitted.state,
      procedure: { versionId: version.id, fieldId: version.fieldId },
      stats,
      applicant: s.applicant,
      submitter: s.submitter,
      details: { resultDelivery: delivery.success ? delivery.data : undefined, documents: [], notes: null },
      counterId: null,
      ownerId: user.id,
    });
    // Awaited, not batched: the documents given below refer to the row.
    await writes.insert({ ...row, onlineForm: s.form });
    const refs = { centerId: row.centerId, agencyId: version.agencyId };
    const given = givenDocuments(fields, s.form);
    const to = { id, centerId: row.centerId, agencyId: version.agencyId };
    const documents = await createStoredDocumentRepo(tx).give(user.id, to, given, at);
    if (documents.length > 0)
      batch.add(createOnlineRepo(tx).setDetails(id, { ...(row.details as DossierDetails), documents }));
    batch.add(writes.appendEvents(submitted.events.map((e) => eventRowOf(e, { ...refs, dossierId: id }))));
    const statKey = { ...refs, receivedCenterId: row.receivedCenterId, fieldId: version.fieldId };
    batch.add(deps.statDelta(tx, statKey, [], stats));
    batch.notify(dossierChangeNotice(refs));
    const mail = {
      centerId: row.centerId,
      centerName: s.centerName,
      code,
      applicantName: row.applicantName,
      email: s.applicant.email ?? s.citizen.email,
      procedureName: version.procedure.name,
      dossierId: id,
    };
    batch.add(
      createOutboxRepo(tx).add(
        submitted.events.flatMap((e) => mailsFor(e, mail)),
        at,
      ),
    );
    return { id, code, status: 'submitted' as const };
  }

  return { procedureOf, checkForm, prepare, record };
}
export type OnlineSubmission = ReturnType<typeof createOnlineSubmission>;
