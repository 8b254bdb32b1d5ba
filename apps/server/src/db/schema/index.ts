export * from './center.ts';
export * from './agency.ts';
export * from './user.ts';
export * from './session.ts';
export * from './calendar.ts';
export * from './catalog.ts';
export * from './catalog-import.ts';
export * from './dossier.ts';
