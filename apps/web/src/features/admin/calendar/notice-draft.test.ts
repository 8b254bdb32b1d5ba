import { describe, expect, it } from 'vitest';
import { YearlyNotice, type CalendarDay } from '@motcua/core';
import {
  changedDates,
  draftDays,
  noticeErrorTarget,
  withDayOff,
  withoutDayOff,
  withoutSaturdayWorked,
  withSaturdayWorked,
} from './notice-draft.ts';

// 2027: 26/04 is a Monday, 02/09 a Thursday, 03/09 a Friday, 24/04 and 13/03 Saturdays, 14/03 a Sunday.
const notice: YearlyNotice = {
  year: 2027,
  reference: 'Thông báo 123/TB-BNV',
  daysOff: [{ date: '2027-09-03', name: 'Nghỉ bù Quốc khánh' }],
  saturdaysWorked: ['2027-04-24'],
};

describe('editing the draft', () => {
  it('keeps days off sorted, and a date is off or worked, never both', () => {
    const draft = withDayOff(notice, '2027-04-26', 'Nghỉ bù Giỗ Tổ');
    expect(draft.daysOff.map((d) => d.date)).toEqual(['2027-04-26', '2027-09-03']);
    const moved = withDayOff(withSaturdayWorked(notice, '2027-03-13'), '2027-03-13', 'Nghỉ');
    expect(moved.saturdaysWorked).toEqual(['2027-04-24']);
    expect(withSaturdayWorked(withDayOff(notice, '2027-03-13', 'Nghỉ'), '2027-03-13').daysOff).toEqual(notice.daysOff);
  });

  it('renames a day off in place rather than adding it twice', () => {
    expect(withDayOff(notice, '2027-09-03', 'Nghỉ Quốc khánh').daysOff).toEqual([
      { date: '2027-09-03', name: 'Nghỉ Quốc khánh' },
    ]);
  });

  it('gives back the notice when an edit is undone, so nothing reads as changed', () => {
    const undone = [
      withoutDayOff(withDayOff(notice, '2027-04-26', 'Nghỉ'), '2027-04-26'),
      withoutSaturdayWorked(withSaturdayWorked(notice, '2027-03-13'), '2027-03-13'),
    ];
    for (const draft of undone) {
      expect(draft).toEqual(notice);
      expect(changedDates(notice, draft).size).toBe(0);
    }
  });

  it('stays a notice the API takes', () => {
    const draft = withSaturdayWorked(withDayOff(notice, '2027-04-26', 'Nghỉ bù'), '2027-03-13');
    expect(YearlyNotice.safeParse(draft).success).toBe(true);
  });
});

describe('changedDates', () => {
  it('names the dates added, removed or renamed', () => {
    const draft = withoutSaturdayWorked(
      withDayOff(withDayOff(notice, '2027-04-26', 'Nghỉ'), '2027-09-03', 'Đổi tên'),
      '2027-04-24',
    );
    expect([...changedDates(notice, draft)].sort()).toEqual(['2027-04-24', '2027-04-26', '2027-09-03']);
  });
});

const day = (date: string, working: boolean, holiday: string | null = null): CalendarDay => ({
  date,
  lunar: { day: 1, month: 1, year: 2027, leap: false },
  working,
  holiday,
});

describe('draftDays', () => {
  const days = [
    day('2027-04-24', true),
    day('2027-04-26', true),
    day('2027-09-02', false, 'Quốc khánh'),
    day('2027-09-03', false, 'Nghỉ bù Quốc khánh'),
    day('2027-03-14', false),
  ];

  it("lays the draft's changes over the server's days, the others as they are", () => {
    const draft = withoutDayOff(
      withoutSaturdayWorked(withDayOff(notice, '2027-04-26', 'Nghỉ'), '2027-04-24'),
      '2027-09-03',
    );
    const shown = draftDays(days, draft, changedDates(notice, draft));
    expect(shown).toEqual([
      day('2027-04-24', false),
      day('2027-04-26', false, 'Nghỉ'),
      day('2027-09-02', false, 'Quốc khánh'),
      day('2027-09-03', true),
      day('2027-03-14', false),
    ]);
  });

  it('shows a Saturday worked as a working day', () => {
    const draft = withSaturdayWorked(notice, '2027-03-13');
    expect(draftDays([day('2027-03-13', false)], draft, changedDates(notice, draft))).toEqual([
      day('2027-03-13', true),
    ]);
  });

  it("shows the server's days when nothing changed", () => {
    expect(draftDays(days, notice, new Set())).toEqual(days);
  });
});

describe('noticeErrorTarget', () => {
  it.each([
    ['reference', { field: 'reference' }],
    ['/body/year', { field: 'year' }],
    ['daysOff.0.date', { field: 'dayOff', date: '2027-09-03' }],
    ['/body/saturdaysWorked/0', { field: 'saturdayWorked', date: '2027-04-24' }],
    ['daysOff.5', { field: null, path: 'daysOff.5' }],
    ['daysOff', { field: null, path: 'daysOff' }],
    ['', { field: null, path: '' }],
  ])('%s is about %j', (path, target) => {
    expect(noticeErrorTarget(path, notice)).toEqual(target);
  });
});
