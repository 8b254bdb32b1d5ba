import { HOLIDAY_NAMES, makeUpName } from '../holidays.ts';
import type { YearlyNotice } from '../yearly-notice.ts';

/**
 * Days off of 2026 for the public service (seed data, DESIGN §5; the first notice from Bộ Nội vụ). With
 * the fixed holidays (Thu 1/1, 30/4, 1/5, 2/9; Giỗ Tổ falls on Sunday 26/4) this makes 14 weekdays off:
 * - Fri 2/1 off, swapped with Sat 10/1 worked (công văn 12729/VPCP-KGVX);
 * - Tết Bính Ngọ: Mon 16/2 – Fri 20/2, between two weekends (14/2 – 22/2);
 * - Giỗ Tổ made up on Mon 27/4;
 * - Quốc khánh: Mon 31/8 off, swapped with Sat 22/8 worked; the adjacent day Tue 1/9; Wed 2/9.
 */
export const NOTICE_2026: YearlyNotice = {
  year: 2026,
  reference:
    'Thông báo số 9441 ngày 16/10/2025 của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026; Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp Tết Dương lịch)',
  daysOff: [
    { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)' },
    { date: '2026-02-16', name: HOLIDAY_NAMES.tet },
    { date: '2026-02-17', name: HOLIDAY_NAMES.tet },
    { date: '2026-02-18', name: HOLIDAY_NAMES.tet },
    { date: '2026-02-19', name: HOLIDAY_NAMES.tet },
    { date: '2026-02-20', name: HOLIDAY_NAMES.tet },
    { date: '2026-04-27', name: makeUpName(HOLIDAY_NAMES.hungKings) },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)' },
    { date: '2026-09-01', name: HOLIDAY_NAMES.nationalDay },
  ],
  saturdaysWorked: ['2026-01-10', '2026-08-22'],
};
