import { randomBytes, randomUUID } from 'node:crypto';
import {
  intakeChild,
  lookupSecretFrom,
  LOOKUP_SECRET_BYTES,
  type Actor,
  type DossierState,
  type LocalDate,
  type ProcedureSnapshot,
  type WorkingClock,
} from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import type { WriteBatch } from '../../db/write-batch.ts';
import { dossierChangeNotice } from '../../platform/notify/dossier-notify.ts';
import type { CatalogRepo, StoredVersion } from '../catalog/catalog-repo.ts';
import { lifecycleError } from './lifecycle-error.ts';
import { takeDossierCode } from './take-dossier-code.ts';
import type { StoredDossier } from './dossier-repo.ts';
import { eventRowOf, newDossierRow } from './dossier-row.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';

/** A partner procedure as a child needs it: its version row, agency and the rules' snapshot. */
export type PartnerVersion = {
  id: string;
  code: string;
  agencyId: string;
  agencyCode: string;
  fieldId: string;
  snapshot: ProcedureSnapshot;
};

export const snapshotOf = (v: StoredVersion): ProcedureSnapshot => {
  const p = v.procedure;
  return {
    code: p.code,
    version: p.version,
    timeLimit: p.timeLimit,
    cutoffTime: p.cutoffTime,
    suspensionMode: p.suspensionMode,
    steps: p.steps,
    checklist: p.checklist,
    onlineLevel: p.onlineLevel,
  };
};

/**
 * The partner procedures of a composite procedure in force on a day (DESIGN §6), read before the
 * transaction (PGlite: one connection). Partners of the lead's own agency are not children.
 */
export async function partnerVersions(
  catalog: CatalogRepo,
  partnerCodes: readonly string[],
  leadAgencyId: string,
  on: LocalDate,
): Promise<PartnerVersion[]> {
  const found: PartnerVersion[] = [];
  for (const code of partnerCodes) {
    const v = await catalog.findInForce(code, on);
    if (v && v.agencyId !== leadAgencyId)
      found.push({
        id: v.id,
        code: v.procedure.code,
        agencyId: v.agencyId,
        agencyCode: v.agency.code,
        fieldId: v.fieldId,
        snapshot: snapshotOf(v),
      });
  }
  return found;
}

type Parent = Pick<StoredDossier, 'id' | 'centerId' | 'receivedCenterId' | 'applicant' | 'submitter' | 'details'> & {
  state: DossierState;
};

/**
 * Opens the children of a composite dossier just received, in the reception's transaction: each a
 * dossier of its partner agency with its own code, under the parent (`parent_id`), adding nothing to
 * the statistics (the parent is counted once), announced to the partner's dashboards. The children are
 * queued in the reception's write batch (their codes are taken at once).
 */
export async function openChildren(
  tx: Executor,
  batch: WriteBatch,
  parent: Parent,
  partners: readonly PartnerVersion[],
  ctx: { now: number; actor: Actor; clock: WorkingClock },
): Promise<void> {
  const repo = createDossierWriteRepo(tx);
  for (const partner of partners) {
    const child = intakeChild(parent.state, { agencyId: partner.agencyId, procedure: partner.snapshot }, ctx);
    if (!child.ok) throw lifecycleError(child);
    const code = await takeDossierCode(tx, partner.agencyCode, ctx.now);
    // The citizen follows the parent's code: a child's secret is never printed, only its hash kept.
    const secret = lookupSecretFrom(randomBytes(LOOKUP_SECRET_BYTES));
    const id = randomUUID();
    batch.add(
      repo.insert(
        newDossierRow({
          id,
          centerId: parent.centerId,
          // The citizen's dossier came in there; the child is numbered by its agency (it is received internally).
          receivedCenterId: parent.receivedCenterId,
          code,
          secret,
          state: child.state,
          procedure: { versionId: partner.id, fieldId: partner.fieldId },
          stats: [],
          applicant: parent.applicant,
          submitter: parent.submitter,
          details: { ...parent.details, notes: null },
          counterId: null,
          parentId: parent.id,
        }),
      ),
    );
    batch.add(
      repo.appendEvents(
        child.events.map((e) =>
          eventRowOf(e, { centerId: parent.centerId, dossierId: id, agencyId: partner.agencyId }),
        ),
      ),
    );
    batch.notify(dossierChangeNotice({ centerId: parent.centerId, agencyId: partner.agencyId }));
  }
}
