export * from './delegation-api.ts';
export * from './delegation-messages.ts';
export * from './delegation-problems.ts';
export * from './delegate-resolution.ts';
export * from './delegation-rules.ts';
