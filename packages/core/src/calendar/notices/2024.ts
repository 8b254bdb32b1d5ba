import { HOLIDAY_NAMES, makeUpName } from '../holidays.ts';
import type { YearlyNotice } from '../yearly-notice.ts';

/**
 * Days off of 2024 for the public service (seed data, DESIGN §5). With the fixed holidays (1/1,
 * Giỗ Tổ Thu 18/4, 30/4, 1/5, 2/9) this makes 12 weekdays off:
 * - Tết Giáp Thìn: Thu 8/2 – Wed 14/2, five Tết days (8/2 – 12/2) and two make-up days for the weekend;
 * - 30/4 – 1/5: Mon 29/4 off, swapped with Sat 4/5 worked (công văn 2450/VPCP-KGVX);
 * - Quốc khánh: Mon 2/9 and the adjacent day Tue 3/9.
 */
export const NOTICE_2024: YearlyNotice = {
  year: 2024,
  reference:
    'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024; Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp 30/4 – 1/5)',
  daysOff: [
    { date: '2024-02-08', name: HOLIDAY_NAMES.tet },
    { date: '2024-02-09', name: HOLIDAY_NAMES.tet },
    { date: '2024-02-10', name: HOLIDAY_NAMES.tet },
    { date: '2024-02-11', name: HOLIDAY_NAMES.tet },
    { date: '2024-02-12', name: HOLIDAY_NAMES.tet },
    { date: '2024-02-13', name: makeUpName(HOLIDAY_NAMES.tet) },
    { date: '2024-02-14', name: makeUpName(HOLIDAY_NAMES.tet) },
    { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5)' },
    { date: '2024-09-03', name: HOLIDAY_NAMES.nationalDay },
  ],
  saturdaysWorked: ['2024-05-04'],
};
