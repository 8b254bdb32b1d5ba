export * from './consultation-api.ts';
export * from './consultation-timeliness.ts';
