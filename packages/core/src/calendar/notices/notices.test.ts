import { describe, expect, it } from 'vitest';
import { formatLocalDate, isWeekend, parseLocalDate } from '../local-date.ts';
import { createWorkingCalendar } from '../working-calendar.ts';
import { YearlyNotice } from '../yearly-notice.ts';
import { SEED_YEARLY_NOTICES } from './index.ts';
import { OFFICIAL } from './official-days.testing.ts';

describe('the shipped notices of 2023–2026', () => {
  const calendar = createWorkingCalendar(); // the default rules and the shipped notices

  it('are valid notices, one a year, each with its source', () => {
    expect(SEED_YEARLY_NOTICES.map((n) => n.year)).toEqual([2023, 2024, 2025, 2026]);
    for (const notice of SEED_YEARLY_NOTICES) expect(YearlyNotice.parse(notice)).toEqual(notice);
  });

  it.each(Object.entries(OFFICIAL))('make every day of %s working or not as the notice says', (year, official) => {
    const wrong: string[] = [];
    const weekdaysOff: string[] = [];
    const saturdaysWorked: string[] = [];
    for (let day = parseLocalDate(`${year}-01-01`); day <= parseLocalDate(`${year}-12-31`); day++) {
      const date = formatLocalDate(day);
      const monthDay = date.slice(5);
      const want =
        official.saturdaysWorked.includes(monthDay) || (!isWeekend(day) && !official.weekdaysOff.includes(monthDay));
      const working = calendar.isWorkingDay(day);
      if (working !== want) wrong.push(date);
      if (!working && !isWeekend(day)) weekdaysOff.push(monthDay);
      if (working && isWeekend(day)) saturdaysWorked.push(monthDay);
      if (!working && !isWeekend(day)) expect(calendar.holidayOf(day), date).not.toBeNull();
    }
    expect(wrong).toEqual([]);
    expect(weekdaysOff).toEqual(official.weekdaysOff);
    expect(saturdaysWorked).toEqual(official.saturdaysWorked);
  });

  it.each([
    ['2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    ['2023-01-26', 'Nghỉ bù Tết Nguyên đán'],
    ['2023-05-01', 'Ngày Quốc tế Lao động'],
    ['2024-04-18', 'Giỗ Tổ Hùng Vương'],
    ['2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5)'],
    ['2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)'],
    ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2026-11-24', null],
  ])('names %s %j', (date, holiday) => {
    expect(calendar.day(date).holiday).toBe(holiday);
  });
});
