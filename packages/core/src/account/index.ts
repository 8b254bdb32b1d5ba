export * from './account-api.ts';
export * from './account-problems.ts';
export * from './identity-claims.ts';
export * from './identity-login.ts';
export * from './one-time-code.ts';
export * from './account-messages.ts';
export * from './birth-date.ts';
