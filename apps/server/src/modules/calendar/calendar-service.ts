import {
  computeCalendarDue,
  createWorkingCalendar,
  createWorkingClock,
  DEFAULT_OFFICE_HOURS,
  listCalendarDays,
  noticeFromCalendar,
  type CalendarDaysQuery,
  type CalendarDueQuery,
  type CalendarYear,
  type OfficeHours,
  type WorkingCalendar,
  type WorkingClock,
  type YearlyNotice,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createCalendarRepo, type CalendarRepo } from './calendar-repo.ts';
import { holidayRuleUseCases } from './holiday-rule-use-cases.ts';
import { changingRules, createRulesCache, type RulesWatch } from '../../platform/notify/rules-watch.ts';

type Loaded = { revision: number; calendar: WorkingCalendar; clock: WorkingClock; officeHours: OfficeHours };
type Actor = { userId: string | null };

export function createCalendarService(deps: {
  db: Database;
  now: () => Date;
  provinceCenterId: () => Promise<string>;
  /** Null before a new province has created its center: the default hours of DESIGN §5 apply meanwhile. */
  findProvinceCenterId: () => Promise<string | null>;
  rules?: RulesWatch;
}) {
  const { db, now } = deps;
  const reader = createCalendarRepo(db);
  let cached: Loaded | undefined;
  const unchanged = createRulesCache<Loaded>(deps.rules);

  /**
   * The calendar in force: taken as it is while the rules watch hears no change (no query at all), else
   * checked by one cheap query (the stored revision) and rebuilt only when that moved — every process is
   * right after another one saved a change (DESIGN §3: no in-memory state that matters).
   */
  const load = (): Promise<Loaded> => unchanged('calendar', loadChecked);

  async function loadChecked(): Promise<Loaded> {
    const revision = await reader.revision();
    if (cached && cached.revision === revision) return cached;
    const [rules, notices, officeHours] = await Promise.all([
      reader.listRules(),
      reader.listNotices(),
      deps.findProvinceCenterId().then((id) => (id ? reader.findOfficeHours(id) : null)),
    ]);
    // The rules and notices of the database, shipped or the admin's (DESIGN §5), never the built-in defaults.
    const calendar = createWorkingCalendar({ rules: rules.map((entry) => entry.rule), notices });
    const hours = officeHours ?? DEFAULT_OFFICE_HOURS;
    cached = { revision, calendar, clock: createWorkingClock(calendar, hours), officeHours: hours };
    return cached;
  }

  /** A change and its audit row commit together (DESIGN §3: one command = one transaction). */
  const change = <T>(fn: (repo: CalendarRepo, at: Date) => Promise<T>) =>
    changingRules(deps.rules, () => db.transaction((tx) => fn(createCalendarRepo(tx), now())));

  return {
    ...holidayRuleUseCases(reader, change),
    load,
    days: async (query: CalendarDaysQuery) => listCalendarDays((await load()).calendar, query),
    due: async (query: CalendarDueQuery) => computeCalendarDue((await load()).clock, query),
    officeHours: async () => (await load()).officeHours,

    async year(year: number): Promise<CalendarYear> {
      const [{ calendar }, notice] = await Promise.all([load(), reader.findNotice(year)]);
      return { year, notice: notice ?? null, effective: notice ?? noticeFromCalendar(calendar, year) };
    },

    async saveNotice(year: number, notice: YearlyNotice, actor: Actor): Promise<YearlyNotice> {
      if (notice.year !== year)
        throw new AppError('request.validation_failed', {
          errors: [{ path: 'year', message: 'calendar.year_mismatch' }],
        });
      return change(async (repo, at) => {
        const before = await repo.findNotice(notice.year);
        await repo.saveNotice(notice, at, actor.userId);
        await repo.appendChange({
          at,
          userId: actor.userId,
          centerId: null,
          action: before ? 'notice.updated' : 'notice.created',
          subject: String(notice.year),
          before: before ?? null,
          after: notice,
        });
        return notice;
      });
    },

    async deleteNotice(year: number, actor: Actor): Promise<void> {
      await change(async (repo, at) => {
        const before = await repo.findNotice(year);
        if (!before) throw new AppError('calendar.notice_not_found');
        await repo.deleteNotice(year);
        await repo.appendChange({
          at,
          userId: actor.userId,
          centerId: null,
          action: 'notice.deleted',
          subject: String(year),
          before,
          after: null,
        });
      });
    },

    async saveOfficeHours(hours: OfficeHours, actor: Actor): Promise<OfficeHours> {
      const centerId = await deps.provinceCenterId();
      return change(async (repo, at) => {
        const before = (await repo.findOfficeHours(centerId)) ?? DEFAULT_OFFICE_HOURS;
        await repo.saveOfficeHours(centerId, hours, at, actor.userId);
        await repo.appendChange({
          at,
          userId: actor.userId,
          centerId,
          action: 'office_hours.updated',
          subject: centerId,
          before,
          after: hours,
        });
        return hours;
      });
    },

    async changes(page: number, pageSize: number) {
      const { rows, total } = await reader.listChanges(page, pageSize);
      const items = rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        user: r.username ? { username: r.username, fullName: r.fullName! } : null,
        action: r.action,
        subject: r.subject,
        before: r.before,
        after: r.after,
      }));
      return { items, total };
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
