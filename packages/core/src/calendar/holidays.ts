import type { HolidayRule } from './holiday-rule.ts';

/** Vietnamese names of the public holidays, as the calendar shows them (`culture`: for a rule the admin may add). */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
  culture: 'Ngày Văn hóa Việt Nam',
} as const;

/** Name of a day off given in place of a holiday that fell on a weekly rest day. */
export function makeUpName(holiday: string): string {
  return `Nghỉ bù ${holiday}`;
}

const always = { from: '1900-01-01', to: null, setByNotice: false } as const;

/**
 * The public holidays of the public service, by era. Before 1995 the 1994 rules are extended back:
 * the calendar has no earlier data and reports do not reach that far.
 * - Labour Code 1994 art. 73 (from 1995): 1/1, Tết 4 days, 30/4, 1/5, 2/9; amended 2007: Giỗ Tổ 10/3 lunar.
 * - Labour Code 2012 art. 115(1) (Tết 5 days from Tết 2013).
 * - Labour Code 2019 art. 112(1) (from 2021): Quốc khánh 2/9 plus one adjacent day.
 * 24 November (Ngày Văn hóa Việt Nam) is not among them: Resolution 80-NQ/TW (7/1/2026) makes it a paid day
 * off in principle, but no law or notice made 24/11/2026 a day off; the admin adds it as a rule when the
 * Labour Code says so (DESIGN §5).
 * Art. 111(3) (nghỉ bù) is applied by the working calendar, not by a rule.
 */
export const DEFAULT_HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    id: 'new-year',
    kind: 'solar',
    name: HOLIDAY_NAMES.newYear,
    basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a',
    month: 1,
    day: 1,
    days: 1,
    ...always,
  },
  {
    id: 'tet-4-days',
    kind: 'lunar',
    name: HOLIDAY_NAMES.tet,
    basis: 'Bộ luật Lao động 1994, Điều 73: ngày cuối năm âm lịch và ba ngày đầu năm mới',
    month: 1,
    day: 1,
    offset: -1,
    days: 4,
    from: '1900-01-01',
    to: '2012-12-31',
    setByNotice: true,
  },
  {
    id: 'tet-5-days',
    kind: 'lunar',
    name: HOLIDAY_NAMES.tet,
    basis:
      'Bộ luật Lao động 2012, Điều 115 khoản 1 điểm b; 2019, Điều 112 khoản 1 điểm b; mặc định: ngày cuối năm âm lịch và bốn ngày đầu năm mới',
    month: 1,
    day: 1,
    offset: -1,
    days: 5,
    from: '2013-01-01',
    to: null,
    setByNotice: true,
  },
  {
    id: 'hung-kings',
    kind: 'lunar',
    name: HOLIDAY_NAMES.hungKings,
    basis: 'Bộ luật Lao động 1994, Điều 73 sửa đổi năm 2007; Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e',
    month: 3,
    day: 10,
    offset: 0,
    days: 1,
    from: '2007-01-01',
    to: null,
    setByNotice: false,
  },
  {
    id: 'victory',
    kind: 'solar',
    name: HOLIDAY_NAMES.victory,
    basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c',
    month: 4,
    day: 30,
    days: 1,
    ...always,
  },
  {
    id: 'labour',
    kind: 'solar',
    name: HOLIDAY_NAMES.labour,
    basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d',
    month: 5,
    day: 1,
    days: 1,
    ...always,
  },
  {
    id: 'national-day',
    kind: 'solar',
    name: HOLIDAY_NAMES.nationalDay,
    basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ',
    month: 9,
    day: 2,
    days: 1,
    ...always,
  },
  {
    id: 'national-day-adjacent',
    kind: 'adjacent',
    name: HOLIDAY_NAMES.nationalDay,
    basis:
      'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ; mặc định như các thông báo 2021–2025: ngày 1/9, hoặc 3/9 khi 2/9 là thứ Hai hoặc thứ Năm',
    month: 9,
    day: 2,
    afterOn: [1, 4],
    from: '2021-01-01',
    to: null,
    setByNotice: true,
  },
];

/**
 * 24 November as the admin would add it (DESIGN §5): not among the defaults while no law or notice makes it a
 * day off; from 2026, the year of Resolution 80-NQ/TW.
 */
export const CULTURE_DAY_RULE: HolidayRule = {
  id: 'culture-day',
  kind: 'solar',
  name: HOLIDAY_NAMES.culture,
  basis: 'Nghị quyết 80-NQ/TW ngày 7/1/2026 (khi Bộ luật Lao động quy định)',
  month: 11,
  day: 24,
  days: 1,
  from: '2026-01-01',
  to: null,
  setByNotice: false,
};
