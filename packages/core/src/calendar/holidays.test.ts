import { describe, expect, it } from 'vitest';
import { HolidayRule } from './holiday-rule.ts';
import { CULTURE_DAY_RULE, DEFAULT_HOLIDAY_RULES, HOLIDAY_NAMES as H, makeUpName } from './holidays.ts';
import { createWorkingCalendar } from './working-calendar.ts';

// The computed defaults, without any yearly notice.
const calendar = createWorkingCalendar({ notices: [] });
const of = (date: string) => {
  const d = calendar.day(date);
  return [d.working, d.holiday];
};

describe('public holidays by era, with nghỉ bù (defaults, no notice)', () => {
  it.each([
    // Labour Code 1994: Tết 4 days, no Giỗ Tổ before 2007.
    ['2006-04-07', true, null, 'Giỗ Tổ 10/3 of 2006 is no holiday yet'],
    ['2007-04-26', false, H.hungKings, 'Giỗ Tổ from 2007'],
    ['2012-01-22', false, H.tet, 'Tết 2012 starts on the last day of the lunar year (Sunday)'],
    ['2012-01-25', false, H.tet, 'fourth and last Tết day of 2012'],
    ['2012-01-26', false, makeUpName(H.tet), 'make-up for the Sunday, after the Tết days'],
    ['2012-01-27', true, null, 'back to work'],
    // Labour Code 2012: Tết 5 days from 2013; Tết 2013 started on Saturday 9 February.
    ['2013-02-13', false, H.tet, 'fifth Tết day of 2013'],
    ['2013-02-14', false, makeUpName(H.tet), 'make-up for Saturday'],
    ['2013-02-15', false, makeUpName(H.tet), 'make-up for Sunday'],
    ['2013-02-18', true, null, 'back to work'],
    ['2020-09-01', true, null, 'Quốc khánh is one day before 2021'],
    ['2020-09-02', false, H.nationalDay, 'Quốc khánh 2020'],
    // Labour Code 2019: Quốc khánh plus one adjacent day.
    ['2021-09-03', false, H.nationalDay, '2 September 2021 is a Thursday: the 3rd'],
    ['2022-09-01', false, H.nationalDay, '2 September 2022 is a Friday: the 1st'],
    ['2024-09-03', false, H.nationalDay, '2 September 2024 is a Monday: the 3rd'],
    ['2024-09-01', false, null, '… and the 1st is just a Sunday'],
    ['2029-09-01', false, H.nationalDay, '2 September 2029 is a Sunday: the adjacent day is Saturday 1st'],
    ['2029-09-03', false, makeUpName(H.nationalDay), 'make-up for Saturday'],
    ['2029-09-04', false, makeUpName(H.nationalDay), 'make-up for Sunday'],
    ['2022-04-30', false, H.victory, '30 April 2022 is a Saturday'],
    ['2022-05-02', false, makeUpName(H.victory), 'made up on Monday'],
    ['2022-05-03', false, makeUpName(H.labour), '1 May (Sunday) made up on the next working day after that'],
    ['2022-01-03', false, makeUpName(H.newYear), '1 January 2022 is a Saturday'],
    ['2021-02-16', false, makeUpName(H.tet), 'Tết 2021 over a weekend: make-up days after the last Tết day'],
    ['2021-02-17', false, makeUpName(H.tet), '… two of them'],
    ['2026-11-24', true, null, '24 November is no default holiday: no law or notice made it a day off yet'],
    ['2017-01-28', false, H.tet, 'a Tết day on a Saturday keeps its name'],
  ])('%s working=%s holiday=%s (%s)', (date, working, holiday, _reason) => {
    expect(of(date)).toEqual([working, holiday]);
  });

  it('follows the default Tết of 2025 when no notice is entered', () => {
    expect(calendar.days('2025-01-27', '2025-02-04').map((d) => d.holiday)).toEqual([
      null,
      H.tet,
      H.tet,
      H.tet,
      H.tet,
      H.tet, // Saturday 1 February, mùng 4
      null,
      makeUpName(H.tet),
      null,
    ]);
  });

  it('holds valid rules only', () => {
    for (const rule of DEFAULT_HOLIDAY_RULES) expect(HolidayRule.parse(rule)).toEqual(rule);
    const reversed = HolidayRule.safeParse({ ...DEFAULT_HOLIDAY_RULES[0], from: '2026-01-01', to: '2025-12-31' });
    expect(reversed.error?.issues.map((i) => [i.path, i.message])).toEqual([[['to'], 'calendar.period_reversed']]);
  });

  it('adds 24 November as a rule from 2026, made up when it falls on a Saturday', () => {
    const culture = HolidayRule.parse(CULTURE_DAY_RULE);
    const withCulture = createWorkingCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, culture], notices: [] });
    expect(withCulture.day('2025-11-24')).toMatchObject({ working: true, holiday: null });
    expect(withCulture.day('2026-11-24')).toMatchObject({ working: false, holiday: H.culture });
    expect(withCulture.day('2029-11-26')).toMatchObject({ working: false, holiday: makeUpName(H.culture) });
  });

  it('takes a new rule as data, within its effective period', () => {
    const rule = HolidayRule.parse({
      id: 'local-festival',
      kind: 'solar',
      name: 'Ngày hội',
      basis: 'test',
      month: 3,
      day: 12,
      days: 1,
      from: '2031-01-01',
      to: '2032-12-31',
      setByNotice: false,
    });
    const extended = createWorkingCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, rule], notices: [] });
    expect(['2030-03-12', '2031-03-12', '2032-03-12', '2033-03-12'].map((d) => extended.day(d).holiday)).toEqual([
      null,
      'Ngày hội',
      'Ngày hội',
      null,
    ]);
  });
});
