import type { processingVi } from './processing-vi.ts';

/** English text of the processing area; typed by the Vietnamese one so no key is missing. */
export const processingEn: typeof processingVi = {
  processing: {
    title: 'Dossier processing',
    description: 'Appraise, request supplements, consult partner agencies, approve and sign the results of dossiers.',
    inbox: "The agency's dossiers, soonest due first",
    filters: {
      title: 'Filter dossiers',
      search: 'Search by dossier code or applicant name',
      status: 'Status',
      warning: 'Warning',
      mine: 'Only mine',
      all: 'All',
    },
  },
};
