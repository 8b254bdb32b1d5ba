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
    ledger: {
      title: 'Dossier ledger',
      intro:
        'One row per dossier received in the period. A long period may have hundreds of thousands of rows: the file is built step by step, with its progress shown.',
      export: 'Export to Excel',
      progress: '{{done}} of {{total}} dossiers written',
      done: 'Exported {{total}} dossiers.',
      download: 'Download {{fileName}}',
      failed: 'The Excel export failed',
    },
  },
};
