import type { lookupVi } from './lookup-vi.ts';

/** English text of the public look-up; typed by the Vietnamese one so no key is missing. */
export const lookupEn: typeof lookupVi = {
  lookup: {
    title: 'Dossier look-up',
    intro:
      "Enter the dossier code and the look-up secret printed on the receipt (or the last 4 digits of the applicant's phone) to see how it is going.",
    code: 'Dossier code',
    codeHint: 'E.g. 000.00.01.A01-250310-0001',
    by: 'Verify with',
    bySecret: 'Look-up secret',
    byPhone: 'Last 4 phone digits',
    secret: 'Look-up secret (6 characters)',
    phoneLast4: 'Last 4 digits of the phone',
    phoneLast4Format: 'Enter the last 4 digits of the phone number',
    required: 'This field is required',
    submit: 'Look up',
    rating: {
      title: 'Rate the service',
      intro: 'The result has been returned. Please tell us how satisfied you are with how the dossier was handled.',
      needsSecret: 'To rate, please look the dossier up with the look-up secret printed on its receipt.',
      comment: 'Other comments (optional)',
      submit: 'Send the rating',
      thanks: 'Thank you for your rating',
      thanksDetail: 'Your opinion helps the center serve you better.',
      done: 'This dossier has been rated',
      doneAt: 'You rated this dossier on {{at}}. A dossier is rated online once.',
    },
    result: {
      title: 'Result',
      code: 'Dossier code',
      status: 'Status',
      applicant: 'Applicant',
      procedure: 'Procedure',
      agency: 'Resolving agency',
      receivedAt: 'Received',
      dueAt: 'Result due',
      apologyDueAt: 'New due date',
      resolvedAt: 'Resolved',
      returnedAt: 'Result returned',
    },
  },
};
