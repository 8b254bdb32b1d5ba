import type { consultationVi } from './consultation-vi.ts';

/** English text of consultations; typed by the Vietnamese one so no key is missing. */
export const consultationEn: typeof consultationVi = {
  consultation: {
    nav: 'Consultations',
    title: 'Consultations asked of the agency',
    intro:
      'Lead agencies ask the agency for its opinion on their dossiers, soonest deadline first. Open a dossier to read its documents and answer.',
    count: '{{count}} consultations',
    empty: 'No consultations',
    filters: {
      title: 'Filter consultations',
      status: 'Status',
      warning: 'Warning',
      all: 'All',
    },
    status: { open: 'Awaiting an answer', answered: 'Answered', all: 'All' },
    warning: { due_soon: 'Answer due soon', overdue: 'Answer overdue' },
    columns: { dossier: 'Dossier and question', deadline: 'Answer by', answer: 'Opinion' },
    lead: 'Lead agency: {{name}}',
    openedAt: 'Asked at {{at}}',
    answeredAt: 'Answered at {{at}}',
    waiting: 'Awaiting an answer',
    lapsed: 'Lapsed without an opinion',
    closed: 'Consultation ended',
    agrees: 'Agrees',
    disagrees: 'Disagrees',
    result: { early: 'Answered early', onTime: 'Answered on time', late: 'Late' },
  },
};
