/**
 * Test data: the official days off, written a second time by hand from the notices (not from the data files):
 * every weekday off of the year, fixed holidays included, and every Saturday worked (MM-DD).
 */
export const OFFICIAL: Record<number, { weekdaysOff: string[]; saturdaysWorked: string[] }> = {
  // Bộ LĐ-TB&XH: Mon 2/1; Tết Fri 20/1, Mon 23/1 – Thu 26/1; Mon 1/5 – Wed 3/5; Fri 1/9, Mon 4/9.
  2023: {
    weekdaysOff: ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'],
    saturdaysWorked: [],
  },
  // Mon 1/1; Tết Thu 8/2 – Wed 14/2; Thu 18/4; Mon 29/4 – Wed 1/5 (Sat 4/5 worked, 2450/VPCP-KGVX); Mon 2/9, Tue 3/9.
  2024: {
    weekdaysOff: [
      '01-01',
      '02-08',
      '02-09',
      '02-12',
      '02-13',
      '02-14',
      '04-18',
      '04-29',
      '04-30',
      '05-01',
      '09-02',
      '09-03',
    ],
    saturdaysWorked: ['05-04'],
  },
  // Wed 1/1; Tết Mon 27/1 – Fri 31/1; Mon 7/4; Wed 30/4 – Fri 2/5 (Sat 26/4 worked); Mon 1/9, Tue 2/9.
  2025: {
    weekdaysOff: [
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
    ],
    saturdaysWorked: ['04-26'],
  },
  // Thông báo 9441 of Bộ Nội vụ and 12729/VPCP-KGVX: Thu 1/1, Fri 2/1 (Sat 10/1 worked); Tết Mon 16/2 – Fri 20/2;
  // Mon 27/4; Thu 30/4, Fri 1/5; Mon 31/8 (Sat 22/8 worked), Tue 1/9, Wed 2/9.
  2026: {
    weekdaysOff: [
      ...['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01'],
      ...['08-31', '09-01', '09-02'],
    ],
    saturdaysWorked: ['01-10', '08-22'],
  },
};
