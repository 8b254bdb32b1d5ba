import { randomUUID } from 'node:crypto';
import {
  intakeAtCounter,
  NO_COMPOSITE,
  receptionCounter,
  routeDossier,
  statContribution,
  type ApplicantView,
  type CenterRef,
  type CounterIntake,
  type ReceiveDossierRequest,
  type ReceiveDossierResponse,
  type Routing,
  type WorkingClock,
} from '@motcua/core';
import type { Transaction } from '../../db/database.ts';
import type { WriteBatch } from '../../db/write-batch.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requestHash, runOnce, type CommandAnswer } from '../../platform/http/idempotency.ts';
import { actorOf, type SessionUser, centerOf } from '../../platform/auth/session-user.ts';
import { dossierChangeNotice } from '../../platform/notify/dossier-notify.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import type { StoredVersion } from '../catalog/catalog-repo.ts';
import { openChildren, partnerVersions, snapshotOf, type PartnerVersion } from './composite-intake.ts';
import { mailsFor } from './dossier-mail.ts';
import type { CommandDeps, CounterOf } from './dossier-deps.ts';
import { createDossierRepo } from './dossier-repo.ts';
import { eventRowOf, newDossierRow, type NewDossier } from './dossier-row.ts';
import { viewOf } from './dossier-view.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';
import { lifecycleError } from './lifecycle-error.ts';
import { newLookupSecret, type RandomBytes } from './lookup-secret.ts';
import { takeDossierCode } from './take-dossier-code.ts';

type Deps = CommandDeps & {
  /** The counter the receiving officer is signed in at (counter module). */
  counterOf: CounterOf;
  random?: RandomBytes;
};

type Answer = CommandAnswer<ReceiveDossierResponse>;
/** The new dossier but for its counter, decided beforehand. */
type Received = Omit<NewDossier<never>, 'counterId'>;

/** What the core decided before the transaction, and what the transaction needs from outside it. */
type Intake = {
  at: Date;
  version: StoredVersion;
  intake: CounterIntake;
  /** The counter the officer sat at when the reception was decided (DESIGN §2): signing out meanwhile changes nothing. */
  counterId: string | null;
  partners: PartnerVersion[];
  clock: WorkingClock;
  /** Where it is received and where it is worked on (core `routeDossier`, DESIGN §13). */
  routing: Routed;
  /** The receiving center as its mail and the view name it. */
  receiving: CenterRef;
};
type Routed = Extract<Routing, { ok: true }>;

/**
 * Reception at the counter (DESIGN §6): the core checks the dossier against the procedure in force and
 * opens it; the service numbers it, writes it with its events, statistics, children and mail in one
 * transaction, and answers with its view and, when received, the secret printed on the receipt.
 */
export function createReceiveDossier(deps: Deps) {
  const { db, now } = deps;

  /** Everything read from the root connection comes before the transaction (PGlite: one connection). */
  async function decide(request: ReceiveDossierRequest, user: SessionUser): Promise<Intake> {
    const at = now();
    const version = await deps.catalog.findInForce(request.procedureCode, deps.today());
    if (!version) throw new AppError('catalog.procedure_not_found');
    const receiving = await deps.getCenter(db, centerOf(user));
    const agency = { id: version.agencyId, code: version.agency.code, centerId: version.centerId };
    const routing = routeDossier(receiving, agency, deps.today());
    if (!routing.ok) throw new AppError(routing.code);
    // DESIGN §13: the receiving center's hours in force today time the dossier from now on.
    const clock = (await deps.clocks())(receiving.id, deps.today());
    const signedInAt = request.channel === 'online' ? null : await deps.counterOf(db, user.id, +at);
    const counter = receptionCounter(request.channel, signedInAt);
    if (!counter.ok) throw new AppError(counter.code);
    const input = { agencyId: version.agencyId, receivedCenterId: receiving.id, channel: request.channel };
    const intake = intakeAtCounter(
      { ...input, procedure: snapshotOf(version), ticks: request.ticks },
      { now: at.getTime(), actor: actorOf(user), clock },
    );
    if (!intake.ok) throw lifecycleError(intake);
    const partners =
      intake.outcome === 'received'
        ? await partnerVersions(deps.catalog, version.procedure.partnerCodes, version.agencyId, deps.today())
        : [];
    return {
      at,
      version,
      intake,
      counterId: counter.counterId,
      partners,
      clock,
      routing,
      receiving: { code: receiving.code, name: receiving.name },
    };
  }

  /** Queues the dossier, its events, statistics, notice, children and mail: one statement (db/write-batch.ts). */
  async function queue(tx: Transaction, batch: WriteBatch, d: Received, user: SessionUser, r: Intake) {
    const writes = createDossierWriteRepo(tx);
    const at = r.at.getTime();
    // The counter the officer is signed in at, not what the client says (DESIGN §2: receptions record the counter).
    const row = newDossierRow({ ...d, counterId: r.counterId });
    const refs = { centerId: d.centerId, agencyId: r.version.agencyId };
    batch.add(writes.insert(row));
    batch.add(writes.appendEvents(r.intake.events.map((e) => eventRowOf(e, { ...refs, dossierId: d.id }))));
    const statKey = { ...refs, receivedCenterId: d.receivedCenterId, fieldId: r.version.fieldId };
    batch.add(deps.statDelta(tx, statKey, [], d.stats));
    batch.notify(dossierChangeNotice(refs));
    await openChildren(tx, batch, d, r.partners, {
      now: at,
      actor: actorOf(user),
      clock: r.clock,
    });
    const mail = {
      centerId: d.centerId,
      centerName: r.receiving.name,
      code: d.code,
      applicantName: row.applicantName,
      email: d.applicant.email,
      procedureName: r.version.procedure.name,
      dossierId: d.id,
    };
    batch.add(
      createOutboxRepo(tx).add(
        r.intake.events.flatMap((e) => mailsFor(e, mail)),
        r.at,
      ),
    );
  }

  async function record(
    tx: Transaction,
    batch: WriteBatch,
    request: ReceiveDossierRequest,
    user: SessionUser,
    r: Intake,
  ): Promise<Answer> {
    const { version, intake } = r;
    const { submitter, resultDelivery, feePayment, documents, notes } = request;
    const d: Received = {
      id: randomUUID(),
      centerId: r.routing.centerId,
      receivedCenterId: r.routing.receivedCenterId,
      code: await takeDossierCode(tx, r.routing.unitCode, r.at.getTime()),
      secret: newLookupSecret(deps.random),
      state: intake.state,
      procedure: { versionId: version.id, fieldId: version.fieldId },
      stats: statContribution(r.clock, intake.state),
      applicant: request.applicant as ApplicantView,
      submitter,
      details: { resultDelivery, feePayment, documents, notes },
    };
    await queue(tx, batch, d, user, r);
    // A composite's view reads the children just queued; a plain reception's view needs nothing from the database.
    if (r.partners.length > 0) await batch.flush();
    const dossier = await viewOf(
      createDossierRepo(tx),
      {
        ...d,
        procedureName: version.procedure.name,
        agency: version.agency,
        receivingCenter: r.receiving,
        parentId: null,
      },
      { user, clock: r.clock, now: now().getTime() },
      { events: intake.events, composite: r.partners.length === 0 ? NO_COMPOSITE : undefined },
    );
    const secret = intake.outcome === 'received' ? d.secret : null;
    const missing = intake.outcome === 'supplement_requested' ? intake.missing : [];
    return { status: 201, body: { outcome: intake.outcome, dossier, secret, missing } };
  }

  return async (request: ReceiveDossierRequest, user: SessionUser, key: string): Promise<Answer> => {
    const decided = await decide(request, user);
    const scope = { userId: user.id, key, hash: requestHash(['receive', request]), at: decided.at };
    return runOnce(db, scope, (tx, batch) => record(tx, batch, request, user, decided));
  };
}
export type ReceiveDossier = ReturnType<typeof createReceiveDossier>;
