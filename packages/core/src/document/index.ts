export * from './document-type.ts';
export * from './pdf.ts';
export * from './zip.ts';
export * from './inspect.ts';
export * from './access.ts';
export * from './document-problems.ts';
export * from './document-api.ts';
