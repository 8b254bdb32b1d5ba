import type { privacyVi } from './privacy-vi.ts';

/** English text of the personal-data access log; typed by the Vietnamese one so no key is missing. */
export const privacyEn: typeof privacyVi = {
  privacy: {
    nav: 'Personal-data log',
    title: 'Personal-data access log',
    intro:
      'Every time an officer reads an applicant’s personal data in full or prints a dossier’s form, it is recorded (Decree 13/2023/NĐ-CP), newest first.',
    columns: {
      at: 'When',
      dossier: 'Dossier',
      officer: 'Officer',
      agency: 'Handling agency',
      ground: 'Ground',
      view: 'What was read',
      requestId: 'Request id',
    },
    ground: { own_agency: 'Handling agency', consultation: 'Consulted', director: 'Center director' },
    view: {
      dossier: 'Dossier (in full)',
      receipt: 'Receipt',
      notice: 'Notice',
      control_sheet: 'Control sheet',
      ledger: 'Ledger (Excel)',
      store_document: "Document from the citizen's store",
    },
    empty: 'No access recorded yet',
  },
};
