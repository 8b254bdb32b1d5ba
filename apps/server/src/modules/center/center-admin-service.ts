import {
  dayOfInstant,
  decideEnd,
  formatLocalDate,
  decideNewCenter,
  type CreateCenterRequest,
  type LocalDate,
  type OfficeHours,
  type PublicCenter,
  type UpdateCenterRequest,
} from '@motcua/core';
import type { Database, Transaction } from '../../db/database.ts';
import { appendAudit } from '../audit/audit-repo.ts';
import { createCalendarRepo } from '../calendar/calendar-repo.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { changingRules, type RulesWatch } from '../../platform/notify/rules-watch.ts';
import { createCenterAdminRepo, type CenterAdminRepo } from './center-admin-repo.ts';
import { orThrow, type AdminActor } from './org-decision.ts';

type Deps = { db: Database; now: () => Date; rules?: RulesWatch };
type Change = { repo: CenterAdminRepo; tx: Transaction; at: Date };

/**
 * A center's office hours are the calendar's (DESIGN §5): they are written with a calendar change, whose row
 * moves the calendar's revision, so that every process rebuilds its cached calendar.
 */
async function saveHours(
  tx: Transaction,
  center: PublicCenter,
  change: { hours: OfficeHours; from: LocalDate | undefined },
  at: Date,
  actor: AdminActor,
) {
  const calendar = createCalendarRepo(tx);
  const { hours } = change;
  // From the day given, else today (UTC+7): dossiers received before keep the hours of their reception day (DESIGN §13).
  const from = change.from ?? formatLocalDate(dayOfInstant(at.getTime()));
  await calendar.saveOfficeHours(center.id, hours, from, at, actor.userId);
  await calendar.appendChange({
    at,
    userId: actor.userId,
    centerId: center.id,
    action: 'office_hours.updated',
    subject: center.id,
    before: center.officeHours,
    after: hours,
  });
}

async function saveHoursChanged(tx: Transaction, center: PublicCenter, at: Date, actor: AdminActor) {
  await createCalendarRepo(tx).appendChange({
    at,
    userId: actor.userId,
    centerId: center.id,
    action: 'province_center.closed',
    subject: center.id,
    before: center.officeHours,
    after: null,
  });
}

const hoursOf = (hours: OfficeHours, from?: LocalDate) => ({ hours, from });

/** Centers created, edited and closed by the admin (DESIGN §13): never deleted, since dossiers name them. */
export function createCenterAdminService(deps: Deps) {
  const { db, now } = deps;
  const today = () => formatLocalDate(dayOfInstant(now().getTime()));
  const reader = createCenterAdminRepo(db, today);

  /** One command, one transaction, its audit row inside; centers change one at a time (see `lockCenters`). */
  const change = <T>(fn: (c: Change) => Promise<T>) =>
    changingRules(deps.rules, () =>
      db.transaction(async (tx) => {
        const repo = createCenterAdminRepo(tx, today);
        await repo.lockCenters();
        return fn({ repo, tx, at: now() });
      }),
    );
  const getIn = async (repo: CenterAdminRepo, id: string) => {
    const found = await repo.find({ id });
    if (!found) throw new AppError('org.center_not_found');
    return found;
  };
  const audit = (tx: Transaction, at: Date, actor: AdminActor, action: string, before: unknown, after: PublicCenter) =>
    appendAudit(tx, { at, userId: actor.userId, entity: 'center', entityId: after.id, action, before, after });

  return {
    /** Every center, open or closed; not paged: a province has at most a few hundred centers (DESIGN §11 org). */
    list: () => reader.list(),

    create: (request: CreateCenterRequest, actor: AdminActor) =>
      change(async ({ repo, tx, at }) => {
        const parent = request.parentCode ? await repo.find({ code: request.parentCode }) : undefined;
        const existing = {
          codeTaken: (await repo.find({ code: request.code })) !== undefined,
          openProvinceCenter: await repo.hasOpenProvinceCenter(),
          parent: parent ?? null,
        };
        orThrow(decideNewCenter(request, existing));
        const id = await repo.insert({
          code: request.code,
          name: request.name,
          level: request.level,
          parentId: parent?.id ?? null,
          validFrom: request.validFrom,
          address: request.address ?? null,
        });
        if (request.officeHours) await saveHours(tx, await getIn(repo, id), hoursOf(request.officeHours), at, actor);
        const created = await getIn(repo, id);
        await audit(tx, at, actor, 'created', null, created);
        return created;
      }),

    update: (id: string, request: UpdateCenterRequest, actor: AdminActor) =>
      change(async ({ repo, tx, at }) => {
        const before = await getIn(repo, id);
        await repo.update(id, { name: request.name, address: request.address });
        if (request.officeHours)
          await saveHours(tx, before, hoursOf(request.officeHours, request.officeHoursFrom), at, actor);
        const after = await getIn(repo, id);
        await audit(tx, at, actor, 'updated', before, after);
        return after;
      }),

    close: (id: string, validTo: string, actor: AdminActor) =>
      change(async ({ repo, tx, at }) => {
        const before = await getIn(repo, id);
        orThrow(decideEnd(before, validTo));
        await repo.close(id, validTo);
        // The calendar's hours are the open province center's: closing it changes them, so the revision moves.
        if (before.level === 'province') await saveHoursChanged(tx, before, at, actor);
        const after = await getIn(repo, id);
        await audit(tx, at, actor, 'closed', before, after);
        return after;
      }),
  };
}
export type CenterAdminService = ReturnType<typeof createCenterAdminService>;
