import {
  dayOfInstant,
  decideEnd,
  formatLocalDate,
  type CounterAdminQuery,
  type CounterDetail,
  type CreateCounterRequest,
  type UpdateCounterRequest,
} from '@motcua/core';
import type { Database, Transaction } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { appendAudit } from '../audit/audit-repo.ts';
import { orThrow, type AdminActor } from '../center/org-decision.ts';
import { createCounterAdminRepo, type CounterAdminRepo, type StoredCounterDetail } from './counter-admin-repo.ts';

type Deps = { db: Database; now: () => Date };
type Change = { repo: CounterAdminRepo; tx: Transaction; at: Date };

const publicOf = ({ centerId: _, ...detail }: StoredCounterDetail): CounterDetail => detail;

/** What a counter serves, checked against the center (DESIGN §13): its agency serves there, its fields exist. */
async function checkServes(repo: CounterAdminRepo, centerId: string, request: UpdateCounterRequest) {
  let agencyId: string | null | undefined = request.agency === undefined ? undefined : null;
  if (request.agency) {
    const found = await repo.findAgencyAt(request.agency, centerId);
    const message = !found ? 'org.unknown_agency' : !found.servesHere ? 'org.agency_not_at_center' : null;
    if (message) throw new AppError('request.validation_failed', { errors: [{ path: 'agency', message }] });
    agencyId = found!.id;
  }
  const missing = request.fields ? await repo.missingFields(request.fields) : [];
  if (missing.length > 0)
    throw new AppError('org.field_not_found', {
      detail: { vi: `Không có lĩnh vực: ${missing.join(', ')}`, en: `No such field: ${missing.join(', ')}` },
    });
  return agencyId;
}

/** Counters of a center, created, edited and closed by the admin (closed, never deleted: dossiers name them). */
export function createCounterAdminService(deps: Deps) {
  const { db, now } = deps;
  const reader = createCounterAdminRepo(db);
  const today = () => formatLocalDate(dayOfInstant(now().getTime()));

  const change = <T>(centerId: string, fn: (c: Change) => Promise<T>) =>
    db.transaction(async (tx) => {
      const repo = createCounterAdminRepo(tx);
      await repo.lockCenterCounters(centerId);
      return fn({ repo, tx, at: now() });
    });
  const getIn = async (repo: CounterAdminRepo, id: string) => {
    const found = await repo.find(id);
    if (!found) throw new AppError('org.counter_not_found');
    return found;
  };
  const audit = (
    c: Change,
    actor: AdminActor,
    action: string,
    before: StoredCounterDetail | null,
    after: StoredCounterDetail,
  ) =>
    appendAudit(c.tx, {
      at: c.at,
      userId: actor.userId,
      entity: 'counter',
      entityId: after.id,
      action,
      before: before && publicOf(before),
      after: publicOf(after),
    });
  const centerOrThrow = async (centerId: string) => {
    if (!(await reader.centerExists(centerId))) throw new AppError('org.center_not_found');
  };
  /** Ids of counters arrive in URLs: the center to lock is read first, outside the transaction (it never changes). */
  const centerOfCounter = async (id: string) => (await getIn(reader, id)).centerId;

  return {
    async list(centerId: string, query: CounterAdminQuery): Promise<{ items: CounterDetail[]; total: number }> {
      await centerOrThrow(centerId);
      const { items, total } = await reader.list(centerId, query, today());
      return { items: items.map(publicOf), total };
    },

    async create(centerId: string, request: CreateCounterRequest, actor: AdminActor): Promise<CounterDetail> {
      await centerOrThrow(centerId);
      return change(centerId, async (c) => {
        if (await c.repo.numberTaken(centerId, request.number, null)) throw new AppError('org.counter_number_taken');
        const agencyId = (await checkServes(c.repo, centerId, request)) ?? null;
        const values = { number: request.number, name: request.name, agencyId, fieldCodes: request.fields };
        const id = await c.repo.insert(centerId, values, request.validFrom ?? today());
        const created = await getIn(c.repo, id);
        await audit(c, actor, 'created', null, created);
        return publicOf(created);
      });
    },

    async update(id: string, request: UpdateCounterRequest, actor: AdminActor): Promise<CounterDetail> {
      return change(await centerOfCounter(id), async (c) => {
        const before = await getIn(c.repo, id);
        const renumbered = request.number !== undefined && request.number !== before.number;
        if (renumbered && before.validTo === null && (await c.repo.numberTaken(before.centerId, request.number!, id)))
          throw new AppError('org.counter_number_taken');
        const agencyId = await checkServes(c.repo, before.centerId, request);
        await c.repo.update(id, { number: request.number, name: request.name, agencyId, fieldCodes: request.fields });
        const after = await getIn(c.repo, id);
        await audit(c, actor, 'updated', before, after);
        return publicOf(after);
      });
    },

    async close(id: string, validTo: string, actor: AdminActor): Promise<CounterDetail> {
      return change(await centerOfCounter(id), async (c) => {
        const before = await getIn(c.repo, id);
        orThrow(decideEnd(before, validTo));
        await c.repo.close(id, validTo);
        const after = await getIn(c.repo, id);
        await audit(c, actor, 'closed', before, after);
        return publicOf(after);
      });
    },
  };
}
export type CounterAdminService = ReturnType<typeof createCounterAdminService>;
