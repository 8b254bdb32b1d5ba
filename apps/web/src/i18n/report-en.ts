import type { reportVi } from './report-vi.ts';

/** English text shared by the statistics pages; typed by the Vietnamese one so no key is missing. */
export const reportEn: typeof reportVi = {
  report: {
    period: {
      label: 'Period',
      from: 'From',
      to: 'To',
      month: 'This month',
      quarter: 'This quarter',
      year: 'This year',
    },
    periodShown: 'From {{from}} to {{to}}',
    noRate: 'None yet',
    empty: 'No figures for this period.',
    agency: 'Agency',
    field: 'Field',
    allAgencies: 'Whole province (every agency)',
    province: 'Whole province',
    total: 'Total',
  },
};
