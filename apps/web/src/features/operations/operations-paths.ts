/** The pages of the operations area, named once. */
export const operationsPaths = {
  dashboard: '/operations',
  report: '/operations/reports/resolution',
  nationalIndex: '/operations/reports/national-index',
  personalData: '/operations/personal-data-access',
};
