import { HOLIDAY_NAMES, makeUpName } from '../holidays.ts';
import type { YearlyNotice } from '../yearly-notice.ts';

/**
 * Days off of 2025 for the public service (seed data, DESIGN §5). With the fixed holidays (1/1,
 * Giỗ Tổ Mon 7/4, 30/4, 1/5, 2/9) this makes 12 weekdays off:
 * - Tết Ất Tỵ: Sat 25/1 – Sun 2/2, nine days; the Tết days are 28/1 (the last day of Giáp Thìn)
 *   to Sat 1/2 (mùng 4), whose make-up day was taken before Tết, on Mon 27/1;
 * - 30/4 – 1/5: Fri 2/5 off, swapped with Sat 26/4 worked;
 * - Quốc khánh: Sat 30/8 – Tue 2/9, the adjacent day being Mon 1/9.
 */
export const NOTICE_2025: YearlyNotice = {
  year: 2025,
  reference: 'Lịch nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc năm 2025 của cán bộ, công chức, viên chức',
  daysOff: [
    { date: '2025-01-27', name: makeUpName(HOLIDAY_NAMES.tet) },
    { date: '2025-01-28', name: HOLIDAY_NAMES.tet },
    { date: '2025-01-29', name: HOLIDAY_NAMES.tet },
    { date: '2025-01-30', name: HOLIDAY_NAMES.tet },
    { date: '2025-01-31', name: HOLIDAY_NAMES.tet },
    { date: '2025-02-01', name: HOLIDAY_NAMES.tet },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)' },
    { date: '2025-09-01', name: HOLIDAY_NAMES.nationalDay },
  ],
  saturdaysWorked: ['2025-04-26'],
};
