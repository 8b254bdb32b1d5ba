import {
  dayOfInstant,
  decideAgencyEnd,
  foldText,
  formatLocalDate,
  type AgencyDetail,
  type AgencyListQuery,
  type CreateAgencyRequest,
  type EndAgencyRequest,
  type UpdateAgencyRequest,
} from '@motcua/core';
import type { Database, Transaction } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { changingRules, type RulesWatch } from '../../platform/notify/rules-watch.ts';
import { appendAudit } from '../audit/audit-repo.ts';
import { orThrow, type AdminActor } from '../center/org-decision.ts';
import { createAgencyAdminRepo, type AgencyAdminRepo } from './agency-admin-repo.ts';

type Deps = { db: Database; now: () => Date; rules?: RulesWatch };
type Change = { repo: AgencyAdminRepo; tx: Transaction; at: Date };

/** Every code given names a center, else a 400 on the field (the codes come from the admin's form). */
async function centerIdsOf(repo: AgencyAdminRepo, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  const ids = await repo.centerIds(unique);
  const missing = unique.findIndex((code) => !ids.has(code));
  if (missing >= 0)
    throw new AppError('request.validation_failed', {
      errors: [{ path: `centers.${codes.indexOf(unique[missing]!)}`, message: 'org.unknown_center' }],
    });
  return unique.map((code) => ids.get(code)!);
}

const matches = (agency: AgencyDetail, q: string) =>
  [agency.name, agency.slug, agency.code].some((text) => foldText(text).includes(q));

/** Agencies created, edited and ended by the admin (DESIGN §4: a period and successors; never deleted). */
export function createAgencyAdminService(deps: Deps) {
  const { db, now } = deps;
  const reader = createAgencyAdminRepo(db);

  /**
   * One command, one transaction with its audit row. Agency names show in the catalog, whose cache the rules
   * watch keeps: it is told once the change committed.
   */
  const change = <T>(fn: (c: Change) => Promise<T>) =>
    changingRules(deps.rules, () =>
      db.transaction(async (tx) => {
        const repo = createAgencyAdminRepo(tx);
        await repo.lockAgencies();
        return fn({ repo, tx, at: now() });
      }),
    );
  const getIn = async (repo: AgencyAdminRepo, id: string) => {
    const found = await repo.find({ id });
    if (!found) throw new AppError('org.agency_not_found');
    return found;
  };
  const audit = (c: Change, actor: AdminActor, action: string, before: AgencyDetail | null, after: AgencyDetail) =>
    appendAudit(c.tx, { at: c.at, userId: actor.userId, entity: 'agency', entityId: after.id, action, before, after });

  return {
    /** `q` ignores diacritics (core `foldText`); ended agencies only with `includeEnded`. */
    async list(query: AgencyListQuery): Promise<{ items: AgencyDetail[]; total: number }> {
      const today = formatLocalDate(dayOfInstant(now().getTime()));
      const q = query.q ? foldText(query.q) : '';
      const all = (await reader.listAll()).filter(
        (a) => (query.includeEnded || a.validTo === null || a.validTo >= today) && (!q || matches(a, q)),
      );
      const start = (query.page - 1) * query.pageSize;
      return { items: all.slice(start, start + query.pageSize), total: all.length };
    },

    create: (request: CreateAgencyRequest, actor: AdminActor) =>
      change(async (c) => {
        const taken = await c.repo.taken(request.code, request.slug);
        if (taken.code) throw new AppError('org.agency_code_taken');
        if (taken.slug) throw new AppError('org.agency_slug_taken');
        const centerIds = await centerIdsOf(c.repo, request.centers);
        const id = await c.repo.insert({ ...request, centerIds });
        const created = await getIn(c.repo, id);
        await audit(c, actor, 'created', null, created);
        return created;
      }),

    update: (id: string, request: UpdateAgencyRequest, actor: AdminActor) =>
      change(async (c) => {
        const before = await getIn(c.repo, id);
        const centerIds = request.centers && (await centerIdsOf(c.repo, request.centers));
        await c.repo.update(id, { name: request.name, centerIds });
        const after = await getIn(c.repo, id);
        await audit(c, actor, 'updated', before, after);
        return after;
      }),

    /** DESIGN §4: a merged agency's successor is another agency in force the day after its last day. */
    end: (id: string, request: EndAgencyRequest, actor: AdminActor) =>
      change(async (c) => {
        const before = await getIn(c.repo, id);
        const successor = request.successor ? ((await c.repo.find({ slug: request.successor })) ?? null) : undefined;
        orThrow(decideAgencyEnd(before, request.validTo, successor));
        await c.repo.end(id, request.validTo, successor?.id ?? null);
        const after = await getIn(c.repo, id);
        await audit(c, actor, 'ended', before, after);
        return after;
      }),
  };
}
export type AgencyAdminService = ReturnType<typeof createAgencyAdminService>;
