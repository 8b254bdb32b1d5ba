import { randomBytes, randomUUID } from 'node:crypto';
import {
  applicantName,
  buildDossierSummary,
  buildDossierView,
  commandOf,
  findDossierCode,
  foldText,
  formatDossierCode,
  intakeAtCounter,
  maySeeDossier,
  lookupSecretFrom,
  LOOKUP_SECRET_BYTES,
  sequenceDay,
  applyTransition,
  type DossierListQuery,
  type DossierEventDraft,
  type DossierView,
  type ProcedureSnapshot,
  type ReceiveDossierRequest,
  type ReceiveDossierResponse,
  type TransitionRequest,
  type WorkingClock,
  type ResultDelivery,
  type FeePayment,
  type CompositeLinks,
  NO_COMPOSITE,
  statContribution,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requestHash, runOnce } from '../../platform/http/idempotency.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';
import { lifecycleError } from './lifecycle-error.ts';
import { createDossierRepo, type DossierRepo, type StoredDossier } from './dossier-repo.ts';
import { dossierColumnsOf, eventRowOf, newDossierRow } from './dossier-row.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';
import { createDossierListRepo } from './dossier-list-repo.ts';
import { mailsFor } from './dossier-mail.ts';
import { createOutboxRepo } from '../../platform/outbox/outbox-repo.ts';
import { dossierChangeNotice } from '../../platform/notify/dossier-notify.ts';
import { writeStatDelta } from '../statistics/stat-rows.ts';
import { openChildren, partnerVersions } from './composite-intake.ts';
import { delegatedWorkers } from '../delegation/delegation-service.ts';
import { currentCounterIdSql } from '../counter/counter-repo.ts';

type Deps = {
  db: Database;
  now: () => Date;
  clock: () => Promise<WorkingClock>;
  catalog: CatalogRepo;
  today: () => string;
  centerName: () => Promise<string>;
  random?: (bytes: number) => Uint8Array;
};

/** How many dossiers a warning filter reads at a time (an agency's open list is walked in chunks). */
const WARNING_SCAN_CHUNK = 500;

export function createDossierService(deps: Deps) {
  const { db, now } = deps;
  const reader = createDossierRepo(db);
  const inbox = createDossierListRepo(db);
  const random = deps.random ?? ((n: number) => randomBytes(n));

  type Loaded = Pick<
    StoredDossier,
    'id' | 'code' | 'procedureName' | 'agency' | 'applicant' | 'submitter' | 'details' | 'state' | 'parentId'
  >;
  const recordOf = (d: Loaded, composite: CompositeLinks) => ({
    composite,
    id: d.id,
    code: d.code,
    procedureName: d.procedureName,
    agency: d.agency,
    applicant: d.applicant,
    submitter: d.submitter,
    resultDelivery: (d.details.resultDelivery ?? 'counter') as ResultDelivery,
    feePayment: (d.details.feePayment ?? null) as FeePayment | null,
    documents: d.details.documents ?? [],
    notes: d.details.notes ?? null,
  });

  /** The view of a stored dossier; `known` skips reading what the caller already holds (a reception's own events). */
  async function viewOf(
    d: Loaded,
    user: SessionUser,
    clock: WorkingClock,
    repo: DossierRepo = reader,
    known?: { events: DossierEventDraft[]; composite?: CompositeLinks },
  ): Promise<DossierView> {
    const events = known?.events ?? (await repo.events(d.id));
    const ids = [...events.map((e) => e.actorId), d.state.assigneeId ?? ''].filter((id) => id !== user.id);
    const people = await repo.peopleNames(ids);
    people.set(user.id, user.fullName);
    const agencies = await repo.agencyRefs(d.state.consultations.map((c) => c.agencyId));
    const composite = known?.composite ?? (await repo.compositeLinks(d.id, d.parentId));
    return buildDossierView(clock, {
      state: d.state,
      events,
      record: recordOf(d, composite),
      reader: actorOf(user),
      now: now().getTime(),
      names: { people, agencies },
    });
  }

  /** The dossier when the reader may see it (core `maySeeDossier`); anyone else gets 404, not a hint that it exists. */
  function visibleTo(d: StoredDossier | undefined, user: SessionUser): StoredDossier {
    if (!d || !maySeeDossier(d.state, user)) throw new AppError('dossier.not_found');
    return d;
  }

  async function partnersOfStored(id: string) {
    const d = await reader.findById(id);
    if (!d) return [];
    const version = await deps.catalog.findVersion(d.state.procedure.code, d.state.procedure.version);
    return version ? partnerVersions(deps.catalog, version.procedure.partnerCodes, d.state.agencyId, deps.today()) : [];
  }

  return {
    async receive(
      request: ReceiveDossierRequest,
      user: SessionUser,
      key: string,
    ): Promise<{ status: number; body: ReceiveDossierResponse }> {
      const at = now();
      const version = await deps.catalog.findInForce(request.procedureCode, deps.today());
      if (!version) throw new AppError('catalog.procedure_not_found');
      const p = version.procedure;
      const snapshot: ProcedureSnapshot = {
        code: p.code,
        version: p.version,
        timeLimit: p.timeLimit,
        cutoffTime: p.cutoffTime,
        suspensionMode: p.suspensionMode,
        steps: p.steps,
        checklist: p.checklist,
        onlineLevel: p.onlineLevel,
      };
      const agency = { ...version.agency, id: version.agencyId };
      // Everything read from the root connection comes before the transaction (PGlite: one connection).
      const clock = await deps.clock();
      const centerName = await deps.centerName();
      const intake = intakeAtCounter(
        { agencyId: agency.id, channel: request.channel, procedure: snapshot, ticks: request.ticks },
        { now: at.getTime(), actor: actorOf(user), clock },
      );
      if (!intake.ok) throw lifecycleError(intake);
      const partners =
        intake.outcome === 'received'
          ? await partnerVersions(deps.catalog, p.partnerCodes, agency.id, deps.today())
          : [];
      // The code is taken first (its number is needed by everything else); the rest is written in one statement.
      return runOnce(db, { userId: user.id, key, hash: requestHash(['receive', request]), at }, async (tx, batch) => {
        const repo = createDossierRepo(tx);
        const writes = createDossierWriteRepo(tx);
        const sequence = await writes.nextSequence(agency.id, sequenceDay(at.getTime()));
        const formatted = formatDossierCode(agency.code, at.getTime(), sequence);
        if (!formatted.ok) throw new AppError(formatted.code);
        const code = formatted.dossierCode;
        const secret = lookupSecretFrom(random(LOOKUP_SECRET_BYTES));
        const applicant = request.applicant as StoredDossier['applicant'];
        const stats = statContribution(clock, intake.state);
        const id = randomUUID();
        const details = {
          resultDelivery: request.resultDelivery,
          feePayment: request.feePayment,
          documents: request.documents,
          notes: request.notes,
        };
        const row = newDossierRow({
          id,
          centerId: user.centerId,
          code,
          secret,
          state: intake.state,
          procedure: { versionId: version.id, fieldId: version.fieldId },
          stats,
          applicant,
          submitter: request.submitter,
          details,
          // The counter the officer is signed in at, not what the client says (DESIGN §2: receptions record the counter).
          counterId: currentCounterIdSql(tx, user.id, at.getTime()),
        });
        batch.add(writes.insert(row));
        batch.add(
          writes.appendEvents(
            intake.events.map((e) => eventRowOf(e, { centerId: user.centerId, dossierId: id, agencyId: agency.id })),
          ),
        );
        batch.add(
          writeStatDelta(tx, { centerId: user.centerId, agencyId: agency.id, fieldId: version.fieldId }, [], stats),
        );
        batch.notify(dossierChangeNotice({ centerId: user.centerId, agencyId: agency.id }));
        await openChildren(
          tx,
          batch,
          { id, centerId: user.centerId, applicant, submitter: request.submitter, details, state: intake.state },
          partners,
          { now: at.getTime(), actor: actorOf(user), clock },
        );
        const mail = {
          centerId: user.centerId,
          centerName,
          code,
          applicantName: row.applicantName,
          email: (applicant as { email?: string | null }).email ?? null,
          procedureName: p.name,
          dossierId: id,
        };
        batch.add(
          createOutboxRepo(tx).add(
            intake.events.flatMap((e) => mailsFor(e, mail)),
            at,
          ),
        );
        // A composite's view reads the children just queued; a plain reception's view needs nothing from the database.
        if (partners.length > 0) await batch.flush();
        const dossier = await viewOf(
          {
            id,
            code,
            procedureName: p.name,
            agency,
            applicant,
            submitter: request.submitter,
            details,
            state: intake.state,
            parentId: null,
          },
          user,
          clock,
          repo,
          { events: intake.events, composite: partners.length === 0 ? NO_COMPOSITE : undefined },
        );
        const missing = intake.outcome === 'supplement_requested' ? intake.missing : [];
        return {
          status: 201,
          body: { outcome: intake.outcome, dossier, secret: intake.outcome === 'received' ? secret : null, missing },
        };
      });
    },

    /** One transition = one transaction: the row over the version seen, its event (DESIGN §3). */
    async transition(id: string, request: TransitionRequest, user: SessionUser, key: string): Promise<DossierView> {
      const clock = await deps.clock();
      const centerName = await deps.centerName();
      // A composite dossier's reception opens its partners' children: their procedures are read before the transaction.
      const partners = request.transition === 'receive' ? await partnersOfStored(id) : [];
      const answer = await runOnce(
        db,
        { userId: user.id, key, hash: requestHash(['transition', id, request]), at: now() },
        async (tx, batch) => {
          const repo = createDossierRepo(tx);
          const writes = createDossierWriteRepo(tx);
          const d = visibleTo(await repo.findById(id), user);
          // An officer a command names (assignee, approver) must be one of the dossier's agency (not checked by the pure rules: they know no accounts).
          const named = Object.entries((request.payload ?? {}) as Record<string, unknown>).flatMap(([k, v]) =>
            (k === 'assigneeId' || k === 'approverId') && typeof v === 'string' ? [v] : [],
          );
          if (!(await repo.officersOfAgency(named, d.state.agencyId)))
            throw new AppError('dossier.officer_not_in_agency');
          const openChildCount = request.transition === 'propose_approval' ? await repo.openChildren(id) : 0;
          const applied = applyTransition(d.state, commandOf(request), {
            now: now().getTime(),
            actor: actorOf(user),
            clock,
            expectedVersion: request.version,
            openChildren: openChildCount,
          });
          if (!applied.ok) throw lifecycleError(applied);
          // A composite's child is counted once, in its parent (DESIGN §6).
          const stats = statContribution(clock, applied.next, { counted: d.parentId === null });
          if (!(await writes.updateIfVersion(id, request.version, { ...dossierColumnsOf(applied.next), stats })))
            throw new AppError('dossier.version_conflict');
          batch.add(
            writes.appendEvents([
              eventRowOf(applied.event, { centerId: d.centerId, dossierId: id, agencyId: d.state.agencyId }),
            ]),
          );
          batch.add(
            writeStatDelta(
              tx,
              { centerId: d.centerId, agencyId: d.state.agencyId, fieldId: d.fieldId },
              d.stats,
              stats,
            ),
          );
          batch.notify(dossierChangeNotice({ centerId: d.centerId, agencyId: d.state.agencyId }));
          if (applied.event.type === 'receive' && d.parentId === null)
            await openChildren(tx, batch, { ...d, state: applied.next }, partners, {
              now: now().getTime(),
              actor: actorOf(user),
              clock,
            });
          const mail = {
            centerId: d.centerId,
            centerName,
            code: d.code,
            applicantName: applicantName(d.applicant),
            email: d.applicant.email,
            procedureName: d.procedureName,
            dossierId: id,
          };
          batch.add(createOutboxRepo(tx).add(mailsFor(applied.event, mail), now()));
          // The view reads the events and children just written.
          await batch.flush();
          return { status: 200, body: await viewOf({ ...d, state: applied.next }, user, clock, repo) };
        },
      );
      return answer.body;
    },

    view: async (id: string, user: SessionUser) =>
      viewOf(visibleTo(await reader.findById(id), user), user, await deps.clock()),

    async viewByCode(text: string, user: SessionUser): Promise<DossierView> {
      const code = findDossierCode(text);
      if (!code) throw new AppError('dossier.not_found');
      return viewOf(visibleTo(await reader.findByCode(code), user), user, await deps.clock());
    },

    async list(query: DossierListQuery, user: SessionUser) {
      if (!user.agencyId) return { items: [], total: 0 };
      // "Mine" includes the work of absent officers delegated to the caller now (DESIGN §1).
      const assigneeIds = query.mine ? [user.id, ...(await delegatedWorkers(db, user.id, now()))] : undefined;
      const filter = {
        agencyId: user.agencyId,
        status: query.status,
        assigneeIds,
        folded: query.q ? foldText(query.q) : undefined,
      };
      const clock = await deps.clock();
      const at = now().getTime();
      const summaries = async (rows: StoredDossier[]) => {
        const people = await reader.peopleNames(rows.map((r) => r.state.assigneeId ?? ''));
        return rows.map((d) =>
          buildDossierSummary(
            clock,
            d.state,
            { id: d.id, code: d.code, procedureName: d.procedureName, applicant: d.applicant },
            at,
            { people, agencies: new Map() },
          ),
        );
      };
      if (!query.warning) {
        const { rows, total } = await inbox.list(filter, query.page, query.pageSize);
        return { items: await summaries(rows), total };
      }
      // Warnings come from the calendar (core), not from a column: walk the agency's list in chunks, in
      // due order, keeping only the requested page of the matches and their count (never the whole list at once).
      const wanted = query.warning;
      const skip = (query.page - 1) * query.pageSize;
      const items: Awaited<ReturnType<typeof summaries>> = [];
      let matches = 0;
      for (let chunk = 1; ; chunk++) {
        const { rows } = await inbox.list(filter, chunk, WARNING_SCAN_CHUNK);
        for (const summary of await summaries(rows)) {
          if (!summary.warnings.includes(wanted)) continue;
          if (matches >= skip && items.length < query.pageSize) items.push(summary);
          matches++;
        }
        if (rows.length < WARNING_SCAN_CHUNK) return { items, total: matches };
      }
    },

    reader,
    visibleTo,
  };
}
export type DossierService = ReturnType<typeof createDossierService>;
