import {
  applicantName,
  applyTransition,
  commandOf,
  ISSUES_SECRET,
  statContribution,
  type Actor,
  type ReissueSecretRequest,
  type ReissueSecretResponse,
  type TransitionApplied,
  type TransitionResponse,
  type TransitionRequest,
  type WorkingClock,
} from '@motcua/core';
import type { Transaction } from '../../db/database.ts';
import type { WriteBatch } from '../../db/write-batch.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requestHash, runOnce, type CommandAnswer } from '../../platform/http/idempotency.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import { dossierChangeNotice } from '../../platform/notify/dossier-notify.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import { createConsultationRepo } from '../consultation/consultation-repo.ts';
import { consultationRowsOf } from '../consultation/consultation-row.ts';
import { openChildren, partnerVersions, type PartnerVersion } from './composite-intake.ts';
import { mailsFor } from './dossier-mail.ts';
import { dossierClock } from './dossier-clock.ts';
import type { ClockBook, CommandDeps } from './dossier-deps.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import { dossierColumnsOf, eventRowOf } from './dossier-row.ts';
import { viewOf, visibleTo } from './dossier-view.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';
import { lifecycleError } from './lifecycle-error.ts';
import { hashLookupSecret, newLookupSecret, type RandomBytes } from './lookup-secret.ts';

/** Read before the transaction (PGlite: one connection). */
type Context = { clocks: ClockBook; partners: PartnerVersion[] } & TransitionOptions;
/**
 * The portal's use (a citizen on their own dossier): `see` checks the caller instead of `visibleTo`, and `within`
 * writes what the step brings (a supplement's documents) in its transaction, answering the request to apply.
 */
export type TransitionOptions = {
  see: See;
  within?: (tx: Transaction, d: StoredDossier) => Promise<TransitionRequest>;
};
/** Who acts, when, on which calendar: what the core's rules are given. */
type Lifecycle = { now: number; actor: Actor; clock: WorkingClock };
type Decided = { d: StoredDossier; applied: TransitionApplied; at: Lifecycle };
/** Who may act on the dossier (default: the officers who see it, `visibleTo`); the portal passes the owner's check. */
export type See = (d: StoredDossier | undefined, user: SessionUser) => StoredDossier;

/** The officers a command names (assignee, approver): they must be of the dossier's agency. */
const namedOfficers = (request: TransitionRequest): string[] =>
  Object.entries((request.payload ?? {}) as Record<string, unknown>).flatMap(([k, v]) =>
    (k === 'assigneeId' || k === 'approverId') && typeof v === 'string' ? [v] : [],
  );

/**
 * A step of a dossier (DESIGN §6): one transition = one transaction (DESIGN §3). The row is written only
 * over the version the caller saw (a stale one gets 409), with its event, statistics delta and mail.
 */
export function createTransitionDossier(deps: CommandDeps & { random?: RandomBytes }) {
  const { db, now } = deps;

  /** A composite dossier's reception opens its partners' children: their procedures are read beforehand. */
  async function partnersOf(id: string, request: TransitionRequest): Promise<PartnerVersion[]> {
    if (request.transition !== 'receive') return [];
    const d = await createDossierRepo(db).findById(id);
    if (!d) return [];
    const version = await deps.catalog.findVersion(d.state.procedure.code, d.state.procedure.version);
    return version ? partnerVersions(deps.catalog, version.procedure.partnerCodes, d.state.agencyId, deps.today()) : [];
  }

  /** The dossier if the caller may see it, and the core's next state for it; every refusal is a problem. */
  async function decide(tx: Transaction, id: string, asked: TransitionRequest, user: SessionUser, ctx: Context) {
    const repo = createDossierRepo(tx);
    const d = ctx.see(await repo.findById(id), user);
    const request = ctx.within ? await ctx.within(tx, d) : asked;
    const at: Lifecycle = { now: now().getTime(), actor: actorOf(user), clock: dossierClock(ctx.clocks, d) };
    // Accounts are not the pure rules' business: the server checks the officers a command names.
    if (!(await repo.officersOfAgency(namedOfficers(request), d.state.agencyId)))
      throw new AppError('dossier.officer_not_in_agency');
    const openChildren = request.transition === 'propose_approval' ? await repo.openChildren(id) : 0;
    const applied = applyTransition(d.state, commandOf(request), {
      ...at,
      expectedVersion: request.version,
      openChildren,
    });
    if (!applied.ok) throw lifecycleError(applied);
    return { d, applied, at, request };
  }

  /**
   * No row lock: the next state is written only over the version the caller saw, so of racing
   * transitions the first wins and the others get 409. Its event, statistics delta, notice, children and
   * mail are queued in the batch.
   */
  async function write(tx: Transaction, batch: WriteBatch, decided: Decided, version: number, ctx: Context) {
    const { d, applied, at } = decided;
    const writes = createDossierWriteRepo(tx);
    // A composite's child is counted once, in its parent (DESIGN §6).
    const stats = statContribution(at.clock, applied.next, { counted: d.parentId === null });
    if (!(await writes.updateIfVersion(d.id, version, { ...dossierColumnsOf(applied.next), stats })))
      throw new AppError('dossier.version_conflict');
    const refs = { centerId: d.centerId, agencyId: d.state.agencyId };
    batch.add(writes.appendEvents([eventRowOf(applied.event, { ...refs, dossierId: d.id })]));
    const statKey = { ...refs, receivedCenterId: d.receivedCenterId, fieldId: d.fieldId };
    // The consulted agencies' inboxes read consultations as rows (DESIGN §6 liên thông).
    const consulted = { centerId: d.centerId, dossierId: d.id, leadAgencyId: d.state.agencyId };
    batch.add(createConsultationRepo(tx).upsert(consultationRowsOf(consulted, applied.next, [applied.event])));
    batch.add(deps.statDelta(tx, statKey, d.stats, stats));
    batch.notify(dossierChangeNotice(refs));
    if (applied.event.type === 'receive' && d.parentId === null)
      await openChildren(tx, batch, { ...d, state: applied.next }, ctx.partners, at);
    // The citizen deals with the center that received the dossier: its name signs the mail (DESIGN §13).
    const mail = {
      centerId: d.centerId,
      centerName: (await deps.getCenter(tx, d.receivedCenterId)).name,
      code: d.code,
      applicantName: applicantName(d.applicant),
      // An online dossier's citizen is told at their account's address when the form gave none (DESIGN §15).
      email: d.applicant.email ?? (await createDossierRepo(tx).accountEmail(d.state.ownerId)),
      procedureName: d.procedureName,
      dossierId: d.id,
    };
    batch.add(createOutboxRepo(tx).add(mailsFor(applied.event, mail), now()));
  }

  async function apply(
    tx: Transaction,
    batch: WriteBatch,
    id: string,
    request: TransitionRequest,
    user: SessionUser,
    ctx: Context,
  ): Promise<CommandAnswer<TransitionResponse>> {
    const repo = createDossierRepo(tx);
    const { d, applied, at, request: applies } = await decide(tx, id, request, user, ctx);
    await write(tx, batch, { d, applied, at }, applies.version, ctx);
    // Only the hash is kept: the secret is answered once, in this transaction's answer (DESIGN §6).
    const secret = ISSUES_SECRET.has(request.transition) ? newLookupSecret(deps.random) : undefined;
    if (secret) batch.add(createDossierWriteRepo(tx).setSecretHash(d.id, hashLookupSecret(d.code, secret)));
    // The view reads the events and children just written.
    await batch.flush();
    const view = await viewOf(repo, { ...d, state: applied.next }, { user, clock: at.clock, now: now().getTime() });
    return { status: 200, body: secret ? { ...view, secret } : view };
  }

  const transition = async (
    id: string,
    request: TransitionRequest,
    user: SessionUser,
    key: string,
    options: TransitionOptions = { see: visibleTo },
  ): Promise<TransitionResponse> => {
    const clocks = await deps.clocks();
    const partners = await partnersOf(id, request);
    const scope = { userId: user.id, key, hash: requestHash(['transition', id, request]), at: now() };
    const answer = await runOnce(db, scope, (tx, batch) =>
      apply(tx, batch, id, request, user, { clocks, partners, ...options }),
    );
    return answer.body;
  };

  /** A new look-up secret at the counter: the transition `reissue_secret`, answered as the secret and the dossier. */
  const reissueSecret = async (
    id: string,
    request: ReissueSecretRequest,
    user: SessionUser,
    key: string,
  ): Promise<ReissueSecretResponse> => {
    const command = { version: request.version, transition: 'reissue_secret', payload: {} } as const;
    const { secret, ...dossier } = await transition(id, command, user, key);
    return { secret: secret ?? '', dossier };
  };

  return Object.assign(transition, { reissueSecret });
}
export type TransitionDossier = ReturnType<typeof createTransitionDossier>;
