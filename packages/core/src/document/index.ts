export * from './document-type.ts';
export * from './decide-upload.ts';
export * from './access.ts';
export * from './document-problems.ts';
export * from './document-api.ts';
