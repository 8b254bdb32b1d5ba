import type { calendarVi } from './calendar-vi.ts';

/** English text of the working calendar; typed by the Vietnamese one so no key is missing. */
export const calendarEn: typeof calendarVi = {
  calendar: {
    title: 'Working calendar',
    intro: "The Center's working days, public holidays, Tết and office hours. Time limits of dossiers are counted in working days.",
    year: 'Year',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    reference: 'Based on:',
    defaultReference: 'The default days off of the Labour Code (no notice entered for this year)',
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    weekdaysLong: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    leapSuffix: 'L',
    leapMonth: 'leap',
    lunarDate: 'lunar {{date}}',
    kindLabel: {
      working: 'working day',
      weekend: 'weekend',
      holiday: 'day off',
      holidayNamed: 'day off: {{name}}',
      saturdayWorked: 'worked',
      unsaved: 'unsaved change',
    },
    legend: {
      title: 'Legend',
      working: 'Working day',
      weekend: 'Weekend',
      holiday: 'Public holiday, Tết, day off by notice',
      saturdayWorked: 'Saturday worked',
      changed: 'Unsaved change',
      lunar: 'Small figures: lunar date (L: leap month)',
    },
    counts: {
      title: 'Days in {{year}}',
      working: 'Working days',
      daysOff: 'Days off (weekends included)',
      weekdaysOff: 'Holidays on weekdays',
      saturdaysWorked: 'Saturdays worked',
    },
    officeHours: {
      title: 'Office hours',
      days: 'Monday to Friday and the Saturdays worked, except public holidays and Tết.',
      session: 'Session {{n}}',
      perDay: '{{minutes}} working minutes a day, Vietnam time (UTC+7).',
    },
    specialDays: {
      title: 'Days off and Saturdays worked',
      date: 'Date',
      name: 'What',
      worked: 'Working day (Saturday)',
      empty: 'No days off besides weekends.',
    },
  },
};
