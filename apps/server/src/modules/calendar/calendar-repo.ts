import { HolidayRule, OfficeHours, YearlyNotice, type HolidayRuleEntry } from '@motcua/core';
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

    async findOfficeHours(centerId: string): Promise<OfficeHours | undefined> {
      const [row] = await db
        .select({ hours: centerOfficeHours.hours })
        .from(centerOfficeHours)
        .where(eq(centerOfficeHours.centerId, centerId));
      return row ? OfficeHours.parse(row.hours) : undefined;
    },

    async saveOfficeHours(centerId: string, hours: OfficeHours, at: Date, userId: string | null): Promise<void> {
      await db
        .insert(centerOfficeHours)
        .values({ centerId, hours, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({ target: centerOfficeHours.centerId, set: { hours, updatedAt: at, updatedBy: userId } });
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
