import { adminCalendarEn } from './admin-calendar-en.ts';
import { adminCatalogEn } from './admin-catalog-en.ts';
import { calendarEn } from './calendar-en.ts';
import { catalogEn } from './catalog-en.ts';
import { dossierEn } from './dossier-en.ts';
import { lookupEn } from './lookup-en.ts';
import { operationsEn } from './operations-en.ts';
import { processingEn } from './processing-en.ts';
import { receptionEn } from './reception-en.ts';
import { reportEn } from './report-en.ts';
import { statisticsEn } from './statistics-en.ts';
import { onlineEn } from './online-en.ts';
import type { Messages } from './vi.ts';

/** English UI text: the second language. Typed by the Vietnamese resource so no key is missing. */
export const en: Messages = {
  app: {
    title: 'Public Administration Service Center',
    centerName: 'Public Administration Service Center',
    footer: 'motcua open-source software',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Work areas',
    open: 'Menu',
  },
  areas: {
    portal: 'Citizen portal',
    catalog: 'Procedures',
    lookup: 'Dossier look-up',
    statistics: 'Dossier figures',
    dossiers: 'Dossiers',
    reception: 'Reception',
    processing: 'Dossier processing',
    delegations: 'Delegations',
    operations: 'Operations',
    resolution: 'Resolution report',
    reports: 'Reports',
    admin: 'Administration',
    calendar: 'Working calendar',
    account: 'My account',
    online: 'My dossiers',
    submit: 'Submit online',
    store: 'Document store',
  },
  auth: {
    title: 'Officer sign-in',
    intro: 'For officers working at the Center and its agencies.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    logout: 'Sign out',
    usernameRequired: 'Please enter your username',
    passwordRequired: 'Please enter your password',
  },
  portal: {
    title: 'Public service portal',
    welcome:
      'Welcome to the public service portal of {{center}}. Find a procedure, submit a dossier online, follow and supplement it, and reuse the documents already in your store.',
    officerSignIn: 'Officer sign-in',
    citizenSignIn: 'Sign in',
    citizenRegister: 'Register a citizen account',
    catalogLink: 'Find a procedure: documents, fees, time limits',
    calendarLink: 'Working calendar, public holidays, Tết and office hours',
    lookupLink: 'Look up a dossier with its code and the secret printed on the receipt',
    statisticsLink: "Each agency's figures: dossiers received and resolved",
  },
  admin: {
    title: 'System administration',
    description: 'Manage the procedure catalog, the working calendar, users, centers and agencies.',
    functions: 'Functions',
    calendarLink: 'Working calendar: days off, Saturdays worked, office hours',
    catalogLink: 'Procedure catalog: edit, add, export and import Excel',
  },
  area: {
    agency: 'Agency: {{name}}',
    center: 'Center: {{name}}',
    underConstruction: 'This function is under construction.',
  },
  forms: {
    remove: 'Remove {{item}}',
  },
  errors: {
    forbiddenTitle: 'Access denied',
    forbidden: 'Your account is not allowed to open this page.',
    notFoundTitle: 'Page not found',
    notFound: 'The address you opened does not exist.',
    unexpectedTitle: 'Something went wrong',
    unexpected: 'This page could not be shown. Please reload it or try again later.',
    network: 'Cannot reach the server. Please try again later.',
    reload: 'Reload the page',
    retry: 'Try again',
    backHome: 'Back to the home page',
  },
  ...calendarEn,
  ...adminCalendarEn,
  ...catalogEn,
  ...adminCatalogEn,
  ...dossierEn,
  ...receptionEn,
  ...processingEn,
  ...lookupEn,
  ...reportEn,
  ...operationsEn,
  ...statisticsEn,
  ...onlineEn,
};
