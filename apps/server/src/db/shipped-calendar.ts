import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_HOLIDAY_RULES, SEED_YEARLY_NOTICES, type HolidayRule, type YearlyNotice } from '@motcua/core';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';
import { calendarAudit, holidayRule, yearlyNotice } from './schema/index.ts';

/** The key of pg_advisory_xact_lock taken while shipping: two processes starting together ship once. */
const SHIPPING_LOCK = 0x5747_0101;

type Stored = { key: string | number; value: unknown; updatedBy: string | null };

/**
 * Writes the official notices and the holiday rules of this release (DESIGN §5: rules are data, and a
 * release brings the new official ones). Runs at every start. A row the admin edited (`updated_by` set) is
 * never overwritten; a shipped row is written only when the release changed it, with an audit row (no
 * user) that moves the calendar's revision, so every cached calendar is rebuilt. Returns the rows written.
 */
export async function shipCalendar(db: Database, at: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SHIPPING_LOCK})`);
    const notices = await tx
      .select({ key: yearlyNotice.year, value: yearlyNotice.notice, updatedBy: yearlyNotice.updatedBy })
      .from(yearlyNotice);
    const rules = await tx
      .select({ key: holidayRule.id, value: holidayRule.rule, updatedBy: holidayRule.updatedBy })
      .from(holidayRule);
    let written = 0;
    for (const notice of SEED_YEARLY_NOTICES) {
      const before = notices.find((row) => row.key === notice.year);
      if (!needsShipping(before, notice)) continue;
      await tx
        .insert(yearlyNotice)
        .values({ year: notice.year, notice, updatedAt: at })
        .onConflictDoUpdate({ target: yearlyNotice.year, set: { notice, updatedAt: at } });
      await audit(tx, at, 'notice.shipped', String(notice.year), before, notice);
      written++;
    }
    for (const rule of DEFAULT_HOLIDAY_RULES) {
      const before = rules.find((row) => row.key === rule.id);
      if (!needsShipping(before, rule)) continue;
      await tx
        .insert(holidayRule)
        .values({ id: rule.id, rule, updatedAt: at })
        .onConflictDoUpdate({ target: holidayRule.id, set: { rule, updatedAt: at } });
      await audit(tx, at, 'rule.shipped', rule.id, before, rule);
      written++;
    }
    return written;
  });
}

/** New, or shipped and changed by this release; never a row the admin edited. */
function needsShipping(before: Stored | undefined, value: YearlyNotice | HolidayRule): boolean {
  return !before || (before.updatedBy === null && !isDeepStrictEqual(before.value, value));
}

async function audit(
  tx: Transaction,
  at: Date,
  action: string,
  subject: string,
  before: Stored | undefined,
  after: unknown,
) {
  await tx
    .insert(calendarAudit)
    .values({ at, userId: null, centerId: null, action, subject, before: before?.value ?? null, after });
}
