export * from './report-api.ts';
export * from './stat-contribution.ts';
export * from './resolution-report.ts';
export * from './national-index.ts';
export * from './dashboard-api.ts';
export * from './national-index-api.ts';
export * from './report-export.ts';
export * from './report-problems.ts';
