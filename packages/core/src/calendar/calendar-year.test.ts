import { describe, expect, it } from 'vitest';
import { noticeFromCalendar } from './calendar-year.ts';
import { dayFromCivil } from './local-date.ts';
import { OFFICIAL } from './notices/official-days.testing.ts';
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

  it.each(Object.entries(OFFICIAL))(
    'the %s notice read back from its calendar lists its weekdays off',
    (year, official) => {
      const notice = noticeFromCalendar(createWorkingCalendar(), Number(year));
      expect(notice.daysOff.map((d) => d.date.slice(5))).toEqual(official.weekdaysOff);
      expect(notice.saturdaysWorked.map((d) => d.slice(5))).toEqual(official.saturdaysWorked);
    },
  );
});
