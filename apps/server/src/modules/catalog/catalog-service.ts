import {
  dayOfInstant,
  foldText,
  formatLocalDate,
  Procedure,
  reviseProcedure,
  scheduleSteps,
  type CreateProcedureRequest,
  type FieldError,
  type LocalDate,
  type ProcedureDetail,
  type ProcedureList,
  type ProcedureSearchQuery,
  type ProcedureVersionSummary,
  type RetireProcedureRequest,
  type ReviseProcedureRequest,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { checklistPdf } from '../../documents/checklist-pdf.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createCatalogRepo, type CatalogRepo, type StoredVersion } from './catalog-repo.ts';
import { rowOf } from './procedure-row.ts';
import { createProcedureVolumes } from './procedure-volumes.ts';
import { changingRules, type RulesWatch } from '../../platform/notify/rules-watch.ts';

type Actor = { userId: string };
type Deps = {
  db: Database;
  now: () => Date;
  provinceCenterId: () => Promise<string>;
  provinceCenterName: () => Promise<string>;
  rules?: RulesWatch;
};

const invalid = (errors: FieldError[]) => new AppError('request.validation_failed', { errors });

/** A version checked against the core's rules; its issues are named under `content.` as the request has them. */
function checkedProcedure(candidate: Procedure): Procedure {
  const parsed = Procedure.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw invalid(parsed.error.issues.map((i) => ({ path: ['content', ...i.path].join('.'), message: i.message })));
}

export function createCatalogService(deps: Deps) {
  const { db, now } = deps;
  const reader = createCatalogRepo(db);
  const today = (): LocalDate => formatLocalDate(dayOfInstant(now().getTime()));
  const volumesOn = createProcedureVolumes(reader, now);

  async function detailOf(v: StoredVersion, repo: CatalogRepo = reader): Promise<ProcedureDetail> {
    const partners = await repo.partners(v.procedure.partnerCodes, today());
    return {
      procedure: v.procedure,
      agency: v.agency,
      field: v.field,
      stepSchedule: scheduleSteps(v.procedure.steps),
      partners,
    };
  }

  /** Places a version under its agency and field, refusing unknown ones (field errors, not a 500). */
  async function rowFor(repo: CatalogRepo, centerId: string, p: Procedure, actor: Actor) {
    const [agencies, fields] = await Promise.all([repo.agencyRefs(centerId), repo.fieldRefs(centerId)]);
    const agency = agencies.find((a) => a.slug === p.agencySlug);
    const field = fields.find((f) => f.code === p.fieldCode);
    const errors: FieldError[] = [];
    if (!agency) errors.push({ path: 'content.agencySlug', message: 'catalog.unknown_agency' });
    if (!field) errors.push({ path: 'content.fieldCode', message: 'catalog.unknown_field' });
    else if (agency && field.agencyId !== agency.id)
      errors.push({ path: 'content.fieldCode', message: 'catalog.field_of_other_agency' });
    if (errors.length > 0) throw invalid(errors);
    return rowOf(p, {
      centerId,
      agencyId: agency!.id,
      fieldId: field!.id,
      agency: agency!,
      field: field!,
      createdAt: now(),
      createdBy: actor.userId,
    });
  }

  async function lockedLatest(repo: CatalogRepo, code: string, baseVersion: number): Promise<StoredVersion> {
    const latest = await repo.latestVersion(code, { forUpdate: true });
    if (!latest) throw new AppError('catalog.procedure_not_found');
    if (latest.procedure.version !== baseVersion) throw new AppError('catalog.version_conflict');
    return latest;
  }

  return {
    today,

    async search(query: ProcedureSearchQuery): Promise<ProcedureList> {
      const folded = foldText(query.q ?? '');
      const day = today();
      const { rows, total } = await reader.search(query, folded, day, folded ? await volumesOn(day) : '{}');
      const items = rows.map((r) => ({
        code: r.code,
        name: r.name,
        agency: r.agency,
        field: r.field,
        timeLimit: { value: r.timeLimitValue, unit: r.timeLimitUnit as 'days' | 'hours' },
        onlineLevel: r.onlineLevel as ProcedureList['items'][number]['onlineLevel'],
      }));
      return { items, total };
    },

    async detail(code: string): Promise<ProcedureDetail> {
      const v = await reader.findInForce(code, today());
      if (!v) throw new AppError('catalog.procedure_not_found');
      return detailOf(v);
    },

    async versionDetail(code: string, version: number): Promise<ProcedureDetail> {
      const v = await reader.findVersion(code, version);
      if (!v) throw new AppError('catalog.procedure_not_found');
      return detailOf(v);
    },

    async versions(code: string): Promise<ProcedureVersionSummary[]> {
      const all = await reader.listVersions(code);
      if (all.length === 0) throw new AppError('catalog.procedure_not_found');
      return all.map((v) => ({
        version: v.procedure.version,
        effectiveFrom: v.procedure.effectiveFrom,
        effectiveTo: v.procedure.effectiveTo,
        name: v.procedure.name,
        agency: v.agency,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy,
      }));
    },

    async checklistPdf(code: string): Promise<Buffer> {
      return checklistPdf(await this.detail(code), await deps.provinceCenterName(), now());
    },

    async create(request: CreateProcedureRequest, actor: Actor): Promise<ProcedureDetail> {
      const p = checkedProcedure({
        ...request.content,
        code: request.code,
        version: 1,
        effectiveFrom: request.effectiveFrom,
        effectiveTo: null,
      });
      const centerId = await deps.provinceCenterId();
      return changingRules(deps.rules, () =>
        db.transaction(async (tx) => {
          const repo = createCatalogRepo(tx);
          if (await repo.latestVersion(p.code)) throw new AppError('catalog.code_taken');
          await repo.insertVersions([await rowFor(repo, centerId, p, actor)]);
          return detailOf((await repo.findVersion(p.code, 1))!, repo);
        }),
      );
    },

    /** An edit makes a new version from `effectiveFrom`; the previous one ends the day before (DESIGN §4). */
    async revise(code: string, request: ReviseProcedureRequest, actor: Actor): Promise<ProcedureDetail> {
      const centerId = await deps.provinceCenterId();
      return changingRules(deps.rules, () =>
        db.transaction(async (tx) => {
          const repo = createCatalogRepo(tx);
          const latest = await lockedLatest(repo, code, request.baseVersion);
          const revision = reviseProcedure(latest.procedure, request.content, request.effectiveFrom);
          if (!revision.ok) throw invalid([{ path: 'effectiveFrom', message: revision.code }]);
          const next = checkedProcedure(revision.next);
          const row = await rowFor(repo, centerId, next, actor);
          await repo.endVersion(latest.id, revision.previous.effectiveTo!);
          await repo.insertVersions([row]);
          return detailOf((await repo.findVersion(code, next.version))!, repo);
        }),
      );
    },

    async retire(code: string, request: RetireProcedureRequest): Promise<void> {
      await changingRules(deps.rules, () =>
        db.transaction(async (tx) => {
          const repo = createCatalogRepo(tx);
          const latest = await lockedLatest(repo, code, request.baseVersion);
          if (request.effectiveTo < latest.procedure.effectiveFrom)
            throw invalid([{ path: 'effectiveTo', message: 'catalog.period_reversed' }]);
          await repo.endVersion(latest.id, request.effectiveTo);
        }),
      );
    },

    agencies: () => reader.agenciesWithCounts(today()),
    fields: (agencySlug?: string) => reader.fieldsWithCounts(today(), agencySlug),
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
