import type { ProblemEntry } from '../problem-entry.ts';

/** The calendar's problem codes. */
export const CALENDAR_PROBLEMS = {
  /** `CalendarRangeError`: the lunar table and the holiday rules cover 1900–2100 only. */
  'calendar.date_out_of_range': {
    status: 400,
    title: { vi: 'Ngày nằm ngoài phạm vi lịch (1900–2100)', en: "Date outside the calendar's range (1900–2100)" },
  },
  /** Deleting the yearly notice of days off (DESIGN §5) of a year that has none. */
  'calendar.notice_not_found': {
    status: 404,
    title: { vi: 'Năm này chưa có thông báo lịch nghỉ', en: 'No notice has been entered for this year' },
  },
} as const satisfies Record<string, ProblemEntry>;
