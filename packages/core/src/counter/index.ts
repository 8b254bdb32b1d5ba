export * from './counter-api.ts';
export * from './counter-problems.ts';
export * from './counter-rules.ts';
