export * from './report-api.ts';
