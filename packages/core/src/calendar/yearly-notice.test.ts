import { describe, expect, it } from 'vitest';
import { HOLIDAY_NAMES as H } from './holidays.ts';
import { NOTICE_2025 } from './notices/2025.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { YearlyNotice } from './yearly-notice.ts';

describe('yearly notices (each shipped year, every day: notices.test.ts)', () => {
  const calendar = createWorkingCalendar(); // with the seed notices

  it.each([
    ['2025-01-25', null],
    ['2025-01-27', `Nghỉ bù ${H.tet}`],
    ['2025-01-29', H.tet],
    ['2025-02-01', H.tet],
    ['2025-02-03', null],
    ['2025-04-07', H.hungKings],
    ['2025-04-26', null],
    ['2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'],
    ['2025-09-01', H.nationalDay],
    ['2025-09-02', H.nationalDay],
  ])('names %s %j', (date, holiday) => {
    expect(calendar.day(date).holiday).toBe(holiday);
  });

  it('replaces the default Tết, adjacent day and make-up days of its year, and keeps the fixed holidays', () => {
    const bare = createWorkingCalendar({
      notices: [{ year: 2026, reference: 'test', daysOff: [], saturdaysWorked: [] }],
    });
    const defaults = createWorkingCalendar({ notices: [] });
    expect(defaults.day('2026-02-17').holiday).toBe(H.tet);
    expect(bare.day('2026-02-17')).toMatchObject({ working: true, holiday: null });
    expect(defaults.day('2026-04-27').working).toBe(false); // nghỉ bù for Giỗ Tổ on Sunday 26 April
    expect(bare.day('2026-04-27').working).toBe(true);
    for (const date of ['2026-01-01', '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-02']) {
      expect(bare.day(date).working).toBe(false);
    }
    expect(bare.day('2026-09-01').working).toBe(true);
  });

  it.each([
    ['a day off outside its year', { daysOff: [{ date: '2024-12-31', name: 'x' }] }, ['daysOff', 0, 'date']],
    ['a Saturday worked that is a Sunday', { saturdaysWorked: ['2025-04-27'] }, ['saturdaysWorked', 0]],
    [
      'a date listed twice',
      { daysOff: [{ date: '2025-05-02', name: 'x' }], saturdaysWorked: ['2025-04-26', '2025-04-26'] },
      ['saturdaysWorked', 1],
    ],
    ['a malformed date', { saturdaysWorked: ['2025-02-30'] }, ['saturdaysWorked', 0]],
  ])('refuses %s', (_, change, path) => {
    const result = YearlyNotice.safeParse({
      year: 2025,
      reference: 'test',
      daysOff: [],
      saturdaysWorked: [],
      ...change,
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
  });

  it('takes one notice per year', () => {
    expect(() => createWorkingCalendar({ notices: [NOTICE_2025, NOTICE_2025] })).toThrow(/two yearly notices/);
  });
});
