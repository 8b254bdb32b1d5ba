import {
  HolidayRule,
  OfficeHours,
  officeHoursOn,
  YearlyNotice,
  type HolidayRuleEntry,
  type LocalDate,
  type OfficeHoursPeriod,
} from '@motcua/core';
import { count, desc, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { appUser, calendarAudit, centerOfficeHours, holidayRule, yearlyNotice } from '../../db/schema/index.ts';

export type CalendarChange = {
  at: Date;
  userId: string | null;
  centerId: string | null;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
};

export function createCalendarRepo(db: Executor) {
  return {
    /** The calendar's revision: the newest audit row (0 before any change). */
    async revision(): Promise<number> {
      const [row] = await db.select({ id: max(calendarAudit.id) }).from(calendarAudit);
      return Number(row?.id ?? 0);
    },

    async listNotices(): Promise<YearlyNotice[]> {
      const rows = await db.select({ notice: yearlyNotice.notice }).from(yearlyNotice).orderBy(yearlyNotice.year);
      return rows.map((r) => YearlyNotice.parse(r.notice));
    },

    async findNotice(year: number): Promise<YearlyNotice | undefined> {
      const [row] = await db
        .select({ notice: yearlyNotice.notice })
        .from(yearlyNotice)
        .where(eq(yearlyNotice.year, year));
      return row ? YearlyNotice.parse(row.notice) : undefined;
    },

    async saveNotice(notice: YearlyNotice, at: Date, userId: string | null): Promise<void> {
      await db
        .insert(yearlyNotice)
        .values({ year: notice.year, notice, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({ target: yearlyNotice.year, set: { notice, updatedAt: at, updatedBy: userId } });
    },

    async deleteNotice(year: number): Promise<void> {
      await db.delete(yearlyNotice).where(eq(yearlyNotice.year, year));
    },

    /** The holiday rules, shipped and the admin's, in id order (where two fall on one day, the first name stands). */
    async listRules(): Promise<HolidayRuleEntry[]> {
      const rows = await db.select().from(holidayRule).orderBy(holidayRule.id);
      return rows.map((r) => ({
        rule: HolidayRule.parse(r.rule),
        edited: r.updatedBy !== null,
        updatedAt: r.updatedAt.toISOString(),
      }));
    },

    async findRule(id: string): Promise<HolidayRule | undefined> {
      const [row] = await db.select({ rule: holidayRule.rule }).from(holidayRule).where(eq(holidayRule.id, id));
      return row ? HolidayRule.parse(row.rule) : undefined;
    },

    /** Saved by the admin: `updated_by` set, so the start-up's shipping never overwrites it. */
    async saveRule(rule: HolidayRule, at: Date, userId: string): Promise<void> {
      await db
        .insert(holidayRule)
        .values({ id: rule.id, rule, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({ target: holidayRule.id, set: { rule, updatedAt: at, updatedBy: userId } });
    },

    /** Every center's periods of office hours: a few per center, a few hundred centers at most. */
    async listOfficeHours(): Promise<Map<string, OfficeHoursPeriod[]>> {
      const rows = await db.select().from(centerOfficeHours);
      const byCenter = new Map<string, OfficeHoursPeriod[]>();
      for (const r of rows) {
        const periods = byCenter.get(r.centerId) ?? [];
        periods.push({ effectiveFrom: r.effectiveFrom, hours: OfficeHours.parse(r.hours) });
        byCenter.set(r.centerId, periods);
      }
      return byCenter;
    },

    /** The hours in force at the center on `day`, the default when none were stored (DESIGN §5). */
    async officeHoursOn(centerId: string, day: LocalDate): Promise<OfficeHours> {
      const rows = await db
        .select({ effectiveFrom: centerOfficeHours.effectiveFrom, hours: centerOfficeHours.hours })
        .from(centerOfficeHours)
        .where(eq(centerOfficeHours.centerId, centerId));
      return officeHoursOn(
        rows.map((r) => ({ effectiveFrom: r.effectiveFrom, hours: OfficeHours.parse(r.hours) })),
        day,
      );
    },

    /** Hours from `from` on (DESIGN §13): a new period, or the same day's period replaced. */
    async saveOfficeHours(
      centerId: string,
      hours: OfficeHours,
      from: LocalDate,
      at: Date,
      userId: string | null,
    ): Promise<void> {
      await db
        .insert(centerOfficeHours)
        .values({ centerId, effectiveFrom: from, hours, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({
          target: [centerOfficeHours.centerId, centerOfficeHours.effectiveFrom],
          set: { hours, updatedAt: at, updatedBy: userId },
        });
    },

    async appendChange(change: CalendarChange): Promise<void> {
      await db.insert(calendarAudit).values(change);
    },

    async listChanges(page: number, pageSize: number) {
      const rows = await db
        .select({
          id: calendarAudit.id,
          at: calendarAudit.at,
          action: calendarAudit.action,
          subject: calendarAudit.subject,
          before: calendarAudit.before,
          after: calendarAudit.after,
          username: appUser.username,
          fullName: appUser.fullName,
        })
        .from(calendarAudit)
        .leftJoin(appUser, eq(appUser.id, calendarAudit.userId))
        .orderBy(desc(calendarAudit.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ n: count() }).from(calendarAudit);
      return { rows, total: total?.n ?? 0 };
    },
  };
}
export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
