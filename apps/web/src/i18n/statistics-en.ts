import type { statisticsVi } from './statistics-vi.ts';

/** English text of the public figures page; typed by the Vietnamese one so no key is missing. */
export const statisticsEn: typeof statisticsVi = {
  statistics: {
    title: 'Dossier figures',
    intro:
      "How each agency of the province receives and resolves administrative dossiers, as of the end of the chosen day. Click a column's title to sort.",
    table: "Each agency's figures",
    received: 'Dossiers received',
    receivedHint: 'Dossiers newly received in the period and those carried over from before it',
    resolved: 'Resolved',
    onTimeRate: 'On-time rate',
    onTimeRateHint: 'Dossiers resolved early or on time over all dossiers resolved',
    inProgress: 'In progress',
    overdue: 'Overdue',
    atEnd: 'at the end of {{date}}',
    levelsAtEnd: 'Received and resolved: within the period; in progress and overdue: {{atEnd}}.',
    chartLabel:
      'Horizontal bar chart of the dossiers received, resolved and overdue of {{agencies}} agencies; figures below',
  },
};
