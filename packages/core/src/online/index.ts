export * from './online-api.ts';
export * from './online-form.ts';
export * from './online-applicant.ts';
export * from './online-problems.ts';
export * from './online-messages.ts';
export * from './my-dossier-scope.ts';
export * from './my-dossier-view.ts';
