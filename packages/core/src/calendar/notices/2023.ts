import { HOLIDAY_NAMES, makeUpName } from '../holidays.ts';
import type { YearlyNotice } from '../yearly-notice.ts';

/**
 * Days off of 2023 for the public service (seed data, DESIGN §5). With the fixed holidays (30/4 on a
 * Sunday, Giỗ Tổ on Saturday 29/4, 1/5, 2/9 on a Saturday) this makes 11 weekdays off:
 * - 1/1 fell on a Sunday: made up on Mon 2/1;
 * - Tết Quý Mão: Fri 20/1 – Thu 26/1, five Tết days (20/1 – 24/1) and two make-up days for the weekend;
 * - Giỗ Tổ (Sat 29/4) and 30/4 (Sun) made up on Tue 2/5 and Wed 3/5;
 * - Quốc khánh: the adjacent day Fri 1/9, and Mon 4/9 for 2/9 on a Saturday.
 */
export const NOTICE_2023: YearlyNotice = {
  year: 2023,
  reference:
    'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023 của cán bộ, công chức, viên chức',
  daysOff: [
    { date: '2023-01-02', name: makeUpName(HOLIDAY_NAMES.newYear) },
    { date: '2023-01-20', name: HOLIDAY_NAMES.tet },
    { date: '2023-01-21', name: HOLIDAY_NAMES.tet },
    { date: '2023-01-22', name: HOLIDAY_NAMES.tet },
    { date: '2023-01-23', name: HOLIDAY_NAMES.tet },
    { date: '2023-01-24', name: HOLIDAY_NAMES.tet },
    { date: '2023-01-25', name: makeUpName(HOLIDAY_NAMES.tet) },
    { date: '2023-01-26', name: makeUpName(HOLIDAY_NAMES.tet) },
    { date: '2023-05-02', name: makeUpName(HOLIDAY_NAMES.hungKings) },
    { date: '2023-05-03', name: makeUpName(HOLIDAY_NAMES.victory) },
    { date: '2023-09-01', name: HOLIDAY_NAMES.nationalDay },
    { date: '2023-09-04', name: makeUpName(HOLIDAY_NAMES.nationalDay) },
  ],
  saturdaysWorked: [],
};
