export * from './report-api.ts';
export * from './stat-contribution.ts';
export * from './resolution-report.ts';
