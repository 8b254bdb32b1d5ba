import type { processingVi } from './processing-vi.ts';

/** English text of the processing area; typed by the Vietnamese one so no key is missing. */
export const processingEn: typeof processingVi = {
  processing: {
    title: 'Dossier processing',
    description: 'Appraise, request supplements, consult partner agencies, approve and sign the results of dossiers.',
    inbox: "The agency's dossiers, soonest due first",
    nav: { label: 'Processing pages', inbox: "The agency's dossiers", delegations: 'Delegations' },
    filters: {
      title: 'Filter dossiers',
      search: 'Search by dossier code or applicant name',
      status: 'Status',
      warning: 'Warning',
      mine: 'Only mine',
      all: 'All',
    },
    delegations: {
      title: 'Delegations',
      intro:
        'While an officer is away, their dossiers go to the officer standing in. The stand-in must hold every dossier role of the absent officer.',
      roles: { counter: 'reception', appraiser: 'appraisal', approver: 'approval', agency_head: 'agency head' },
      officer: '{{name}} — {{roles}}',
      form: {
        title: 'New delegation',
        from: 'Absent officer',
        to: 'Standing in',
        startsAt: 'From',
        endsAt: 'Until',
        timeHint: 'Vietnam time',
        reason: 'Reason for the absence',
        submit: 'Delegate',
        required: 'Please fill this in',
        done: '{{to}} now stands in for {{from}}.',
      },
      list: {
        title: "The agency's delegations",
        from: 'Absent officer',
        to: 'Standing in',
        period: 'Period',
        periodValue: '{{from}} to {{to}}',
        reason: 'Reason',
        status: 'Status',
        createdBy: 'Delegated by',
        cancelledBy: 'Cancelled at {{at}} by {{name}}',
        cancel: 'Cancel',
        cancelName: 'Cancel {{to}} standing in for {{from}}',
        cancelConfirm: 'Cancel {{to}} standing in for {{from}}? The dossiers go back to {{from}} at once.',
        cancelYes: 'Cancel the delegation',
        cancelNo: 'No',
        cancelled: 'The delegation is cancelled.',
        empty: 'The agency has no delegations yet.',
        count: '{{count}} delegations',
      },
      status: { scheduled: 'Scheduled', active: 'Active', ended: 'Ended', cancelled: 'Cancelled' },
    },
  },
};
