import { OfficeHours, YearlyNotice } from '@motcua/core';
import { count, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { appUser, calendarAudit, centerOfficeHours, yearlyNotice } from '../../db/schema/index.ts';

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
