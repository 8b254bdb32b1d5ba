import type { Language } from '../language.ts';

/** Message keys of the calendar's schemas (queries, office hours, yearly notices), with their texts. */
export const CALENDAR_MESSAGES = {
  'calendar.range_reversed': {
    vi: 'Ngày kết thúc phải không trước ngày bắt đầu',
    en: 'The end date must not be before the start date',
  },
  'calendar.range_too_long': { vi: 'Chỉ xem được tối đa 400 ngày một lần', en: 'At most 400 days at a time' },
  'calendar.instant_expected': {
    vi: 'Cần thời điểm theo ISO-8601 kèm múi giờ, ví dụ 2025-03-10T14:00:00+07:00',
    en: 'Expected an ISO-8601 instant with its offset, e.g. 2025-03-10T14:00:00+07:00',
  },
  'calendar.date_expected': { vi: 'Cần ngày dạng YYYY-MM-DD', en: 'Expected a date YYYY-MM-DD' },
  'calendar.no_such_date': { vi: 'Ngày không tồn tại', en: 'No such date' },
  'calendar.time_expected': { vi: 'Cần giờ dạng HH:MM', en: 'Expected a time HH:MM' },
  'calendar.session_reversed': { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'A session ends after it starts' },
  'calendar.sessions_overlap': {
    vi: 'Các buổi làm việc phải theo thứ tự và không chồng lên nhau',
    en: 'Sessions must be in order and must not overlap',
  },
  'calendar.date_not_in_year': { vi: 'Ngày không thuộc năm của thông báo', en: "The date is not in the notice's year" },
  'calendar.date_listed_twice': { vi: 'Ngày này đã có trong thông báo', en: 'This date is listed twice' },
  'calendar.year_mismatch': {
    vi: 'Năm của thông báo khác năm trên địa chỉ',
    en: "The notice's year differs from the year in the address",
  },
  'calendar.period_reversed': {
    vi: 'Ngày hết hiệu lực phải không trước ngày bắt đầu',
    en: 'The end must not be before the start',
  },
  'calendar.rule_id_mismatch': {
    vi: 'Mã của quy tắc khác mã trên địa chỉ',
    en: "The rule's id differs from the id in the address",
  },
  'calendar.not_a_saturday': { vi: 'Ngày làm bù phải là thứ Bảy', en: 'A day worked in exchange must be a Saturday' },
} as const satisfies Record<string, Record<Language, string>>;
