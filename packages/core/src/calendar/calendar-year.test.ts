import { describe, expect, it } from 'vitest';
import { noticeFromCalendar } from './calendar-year.ts';
import { dayFromCivil } from './local-date.ts';
import { NOTICE_2025 } from './notices/2025.ts';
import { createWorkingCalendar } from './working-calendar.ts';

describe('a year written as a notice', () => {
  it.each([2013, 2020, 2021, 2026, 2027, 2029, 2035])(
    'the defaults of %i saved as a notice keep every working day',
    (year) => {
      const defaults = createWorkingCalendar({ notices: [] });
      const notice = noticeFromCalendar(defaults, year);
      const withNotice = createWorkingCalendar({ notices: [notice] });
      for (let day = dayFromCivil(year, 1, 1); day < dayFromCivil(year + 1, 1, 1); day++) {
        expect(withNotice.isWorkingDay(day), String(day)).toBe(defaults.isWorkingDay(day));
      }
    },
  );

  it('the 2025 notice read back from its calendar lists its 12 weekdays off (DESIGN §5)', () => {
    const calendar = createWorkingCalendar({ notices: [NOTICE_2025] });
    const notice = noticeFromCalendar(calendar, 2025);
    expect(notice.daysOff.map((d) => d.date.slice(5))).toEqual([
      '01-01',
      '01-27',
      '01-28',
      '01-29',
      '01-30',
      '01-31',
      '04-07',
      '04-30',
      '05-01',
      '05-02',
      '09-01',
      '09-02',
    ]);
    expect(notice.saturdaysWorked).toEqual(['2025-04-26']);
  });
});
