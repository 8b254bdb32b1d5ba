import {
  computeCalendarDue,
  createWorkingCalendar,
  createWorkingClock,
  dayOfInstant,
  formatLocalDate,
  listCalendarDays,
  officeHoursOn,
  noticeFromCalendar,
  type CalendarDaysQuery,
  type CalendarDueQuery,
  type CalendarYear,
  type LocalDate,
  type OfficeHours,
  type OfficeHoursPeriod,
  type WorkingCalendar,
  type WorkingClock,
  type YearlyNotice,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createCalendarRepo, type CalendarRepo } from './calendar-repo.ts';
import { holidayRuleUseCases } from './holiday-rule-use-cases.ts';
import { changingRules, createRulesCache, type RulesWatch } from '../../platform/notify/rules-watch.ts';

type Loaded = {
  revision: number;
  calendar: WorkingCalendar;
  /** Every center's periods of office hours (DESIGN §13), and the province center's id (null before it exists). */
  hours: Map<string, OfficeHoursPeriod[]>;
  provinceId: string | null;
  /** Clocks built so far, by the hours they keep: every center with the same hours shares one. */
  clocks: Map<string, WorkingClock>;
};

/** The hours of a center (the province center's when null) in force on `day`. */
const hoursIn = (loaded: Loaded, centerId: string | null, day: LocalDate): OfficeHours =>
  officeHoursOn(loaded.hours.get(centerId ?? loaded.provinceId ?? '') ?? [], day);

/** The clock of a center (the province center's when null) with its hours in force on `day`. */
function clockIn(loaded: Loaded, centerId: string | null, day: LocalDate): WorkingClock {
  const hours = hoursIn(loaded, centerId, day);
  const key = JSON.stringify(hours);
  let clock = loaded.clocks.get(key);
  if (!clock) loaded.clocks.set(key, (clock = createWorkingClock(loaded.calendar, hours)));
  return clock;
}
type Actor = { userId: string | null };

export function createCalendarService(deps: {
  db: Database;
  now: () => Date;
  provinceCenterId: () => Promise<string>;
  /** Null before a new province has created its center: the default hours of DESIGN §5 apply meanwhile. */
  findProvinceCenterId: () => Promise<string | null>;
  /** A center's id by its code (`calendar/due?center=`), undefined when there is none. */
  centerIdOf: (code: string) => Promise<string | undefined>;
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
    const [rules, notices, hours, provinceId] = await Promise.all([
      reader.listRules(),
      reader.listNotices(),
      reader.listOfficeHours(),
      deps.findProvinceCenterId(),
    ]);
    // The rules and notices of the database, shipped or the admin's (DESIGN §5), never the built-in defaults.
    const calendar = createWorkingCalendar({ rules: rules.map((entry) => entry.rule), notices });
    cached = { revision, calendar, hours, provinceId, clocks: new Map() };
    return cached;
  }

  const today = () => formatLocalDate(dayOfInstant(now().getTime()));
  /** The province center's clock today: the contract's `calendar/due`, and what has no center of its own. */
  const provinceClock = async () => clockIn(await load(), null, today());

  /** A change and its audit row commit together (DESIGN §3: one command = one transaction). */
  const change = <T>(fn: (repo: CalendarRepo, at: Date) => Promise<T>) =>
    changingRules(deps.rules, () => db.transaction((tx) => fn(createCalendarRepo(tx), now())));

  return {
    ...holidayRuleUseCases(reader, change),
    load,
    provinceClock,
    /** Every center's clock by day, as the calendar stands now (DESIGN §13: a dossier keeps its center's hours of its reception day). */
    async clocks(): Promise<(centerId: string | null, day: LocalDate) => WorkingClock> {
      const loaded = await load();
      return (centerId, day) => clockIn(loaded, centerId, day);
    },
    days: async (query: CalendarDaysQuery) => listCalendarDays((await load()).calendar, query),
    async due(query: CalendarDueQuery) {
      const loaded = await load();
      const centerId = query.center ? ((await deps.centerIdOf(query.center)) ?? null) : null;
      if (query.center && !centerId) throw new AppError('org.center_not_found');
      const day = formatLocalDate(dayOfInstant(Date.parse(query.start)));
      return computeCalendarDue(clockIn(loaded, centerId, day), query);
    },
    officeHours: async () => hoursIn(await load(), null, today()),

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

    /** The province center's hours from today on (earlier dossiers keep theirs, DESIGN §13). */
    async saveOfficeHours(hours: OfficeHours, actor: Actor): Promise<OfficeHours> {
      const centerId = await deps.provinceCenterId();
      return change(async (repo, at) => {
        const before = await repo.officeHoursOn(centerId, today());
        await repo.saveOfficeHours(centerId, hours, today(), at, actor.userId);
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
